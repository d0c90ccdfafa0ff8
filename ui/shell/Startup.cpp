#include "Startup.h"

#include "demo/DemoDistrict.h"
#include "org/HierarchyService.h"
#include "people/OperatorService.h"

#include <QApplication>
#include <QProgressDialog>

namespace gdui {

Opened openDataFile(const QString &path, QWidget *parent)
{
    Opened out;
    auto db = gd::Database::open(path);
    if (!db) {
        out.error = db.message();
        return out;
    }
    out.db = std::move(db.value());
    gd::Database &d = *out.db;
    if (gd::HierarchyService(d).streets().isEmpty() && !gd::OperatorService(d).hasOperators()) {
        QProgressDialog progress(QApplication::translate("gdui::Startup", "Building the demo district…"),
                                 QApplication::translate("gdui::Startup", "Cancel"), 0, 100, parent);
        progress.setWindowTitle(QApplication::translate("gdui::Startup", "First start"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(300);
        gd::DemoOptions options;
        options.progress = [&progress](double fraction) {
            progress.setValue(int(fraction * 100));
            QApplication::processEvents();
            return !progress.wasCanceled();
        };
        auto r = gd::DemoDistrict::generate(d, options);
        progress.close();
        if (!r) {
            out.error =
                QApplication::translate("gdui::Startup", "The demo district was not built: %1").arg(r.message());
            out.db.reset();
        }
    }
    return out;
}

} // namespace gdui
