#include "Startup.h"

#include "access/OperatorService.h"
#include "demo/DemoOffice.h"
#include "org/HierarchyService.h"

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
        // The office a first start shows: a year of cases, the past months reviewed, a package
        // merged with a conflict left to settle (demo/DemoOffice.h).
        gd::DemoOfficeOptions options;
        options.progress = [&progress](double fraction) {
            progress.setValue(int(fraction * 100));
            QApplication::processEvents();
            return !progress.wasCanceled();
        };
        auto r = gd::DemoOffice::build(d, options);
        progress.close();
        if (!r) {
            out.error =
                QApplication::translate("gdui::Startup", "The demo district was not built: %1").arg(r.message());
            out.db.reset();
        } else if (!r->packageError.isEmpty()) {
            qWarning("first start: the demo's street package was not merged: %s", qPrintable(r->packageError));
        }
        out.firstStart = out.db != nullptr;
    }
    return out;
}

} // namespace gdui
