#include "CaseExportAction.h"

#include "access/Permissions.h"
#include "calendar/WorkCalendar.h"
#include "cases/io/HotlineReplies.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimeZone>

namespace gdui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::CaseExportAction)
};
} // namespace

QString defaultExportPath(const gd::Database &db, gd::ExportFormat format)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString day = db.clock().now().toTimeZone(gd::WorkCalendar::zone()).toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = Text::tr("cases-%1").arg(day) +
                         (format == gd::ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    return QDir(folder).filePath(name);
}

bool exportCaseList(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter)
{
    const QString excel = Text::tr("Excel workbook (*.xlsx)");
    const QString csv = Text::tr("CSV for Excel (*.csv)");
    QString chosenFilter = excel;
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("Export the case list"),
                                                defaultExportPath(db, gd::ExportFormat::Xlsx),
                                                excel + QStringLiteral(";;") + csv, &chosenFilter);
    if (path.isEmpty())
        return false;
    gd::ExportFormat format;
    if (!gd::CaseExport::formatFromPath(path, &format)) // no extension typed: the chosen filter decides
        path += chosenFilter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    // Phones are masked in the file; an administrator may write them whole, on the record.
    const bool full = gd::roleAllows(db.actor().role, gd::Permission::ExportPersonalData) &&
                      MessageBox::question(parent, Text::tr("Export the case list"),
                                           Text::tr("Write the reporters' phone numbers in full? This is recorded in "
                                                    "the audit log. Without it they are masked (138****1234)."));
    auto report = exportCaseListTo(parent, db, filter, path, full);
    return report && !report->cancelled;
}

gd::Result<gd::CaseExportReport> exportCaseListTo(QWidget *parent, gd::Database &db, const gd::CaseFilter &filter,
                                                  const QString &path, bool fullPhones)
{
    const QString title = Text::tr("Export the case list");
    gd::ExportFormat format;
    if (!gd::CaseExport::formatFromPath(path, &format)) {
        const gd::Error e = gd::Error::invalid(
            QStringLiteral("path"),
            Text::tr("%1: choose a name ending in .xlsx (Excel) or .csv.").arg(QDir::toNativeSeparators(path)));
        MessageBox::warning(parent, title, e.message);
        return e;
    }
    QProgressDialog progress(Text::tr("Writing %1…").arg(QFileInfo(path).fileName()), Text::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    auto report = gd::CaseExport(db).write(
        filter, path, format,
        [&](int done, int total) {
            progress.setMaximum(qMax(total, 1));
            progress.setValue(done);
            QApplication::processEvents();
        },
        [&]() { return progress.wasCanceled(); }, fullPhones);
    progress.close();
    if (!report)
        MessageBox::warning(parent, title, report.message());
    else if (report->cancelled)
        MessageBox::information(parent, title, Text::tr("The export was cancelled; no file was written."));
    else
        MessageBox::information(
            parent, title,
            Text::tr("%n case(s) written to %1.", nullptr, report->rows).arg(QDir::toNativeSeparators(path)));
    return report;
}

gd::Result<int> exportHotlineRepliesTo(QWidget *parent, gd::Database &db, const QDate &from, const QDate &to,
                                       const QString &path)
{
    const QString title = Text::tr("Export the hotline's replies");
    const QTimeZone zone = gd::WorkCalendar::zone();
    auto rows = gd::HotlineReplies(db).writeCsv(path, QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
                                                QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
    if (!rows)
        MessageBox::warning(parent, title, rows.message());
    else
        MessageBox::information(parent, title,
                                Text::tr("%n reply(ies) to 12345 orders written to %1.", nullptr, rows.value())
                                    .arg(QDir::toNativeSeparators(path)));
    return rows;
}

bool exportHotlineReplies(QWidget *parent, gd::Database &db)
{
    QDialog ask(parent);
    ask.setWindowTitle(Text::tr("Export the hotline's replies"));
    auto *form = new QFormLayout(&ask);
    const QDate today = db.clock().now().toTimeZone(gd::WorkCalendar::zone()).date();
    auto *from = new QDateEdit(today, &ask);
    auto *to = new QDateEdit(today, &ask);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(Text::tr("&From:"), from);
    form->addRow(Text::tr("&To:"), to);
    auto *note = new QLabel(Text::tr("One row per 12345 order that got its result or reply on these days: the order "
                                     "number, the case, the result, the time and the callback."),
                            &ask);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return false;
    if (to->date() < from->date()) {
        MessageBox::warning(parent, ask.windowTitle(), Text::tr("To: the last day comes before the first."));
        return false;
    }
    const QString folder = QFileInfo(defaultExportPath(db, gd::ExportFormat::Csv)).absolutePath();
    const QString name = Text::tr("12345-replies-%1").arg(from->date().toString(Qt::ISODate)) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(parent, ask.windowTitle(), QDir(folder).filePath(name),
                                                      Text::tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return false;
    return exportHotlineRepliesTo(parent, db, from->date(), to->date(), path).ok();
}

} // namespace gdui
