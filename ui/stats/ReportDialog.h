#pragma once
// 月报: the monthly report of the office, a street or a community for a month — previewed and
// printed, saved as PDF, or saved as an Excel workbook with the same tables. Everything it shows
// is core's (stats/MonthlyReport.h, ReportDocument.h, ReportWorkbook.h), as `griddesk-cli report
// monthly` writes it. On a hub it is the requests' report of the whole hub, a street or a
// community (the star review and the grid's other work are each office's).
#include "FigureOrigin.h"
#include "stats/MonthlyReport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace gdui {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(FigureOrigin origin, QWidget *parent = nullptr);
    QComboBox *scopeCombo() const { return m_scope; }
    QDateEdit *monthEdit() const { return m_month; }
    QLabel *statusLabel() const { return m_status; }
    // Chooses the scope and month the dialog opens on (a grid's scope falls back to the office).
    void choose(const gd::stats::StatsScope &scope, const QDate &month);
    QString month() const; // yyyy-MM

    // The report as chosen now, gathered again when the choice or the file changed; none after a
    // message saying why.
    const gd::stats::MonthlyReport *report();
    bool savePdf(const QString &path);
    bool saveWorkbook(const QString &path);

public Q_SLOTS:
    void preview();
    void askPdf();
    void askWorkbook();

private:
    QString fileName(const QString &suffix) const;
    FigureOrigin m_origin;
    QComboBox *m_scope;
    QDateEdit *m_month;
    QLabel *m_status;
    std::optional<gd::stats::MonthlyReport> m_report;
    QString m_reportOf; // the choice m_report was gathered for
    bool m_stale = true;
};

} // namespace gdui
