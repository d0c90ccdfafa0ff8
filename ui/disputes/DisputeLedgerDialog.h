#pragma once
// 纠纷台账: the month's dispute ledger of a place, one row per dispute worked in the month, to
// preview and print (A4 landscape), or save as PDF or Excel. The parties are masked unless an
// administrator ticks "in full", which the core refuses to others and records in the audit log.
#include "common/AppContext.h"
#include "disputes/DisputeLedger.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace gdui {

class DisputeLedgerDialog : public QDialog
{
    Q_OBJECT
public:
    DisputeLedgerDialog(const AppContext &ctx, const QString &scopeChoice, QWidget *parent = nullptr);
    QComboBox *scopeCombo() const { return m_scope; }
    QDateEdit *monthEdit() const { return m_month; }
    QCheckBox *fullBox() const { return m_full; }
    QLabel *statusLabel() const { return m_status; }
    // Written without asking for a file name (the buttons ask); false with a message on failure.
    bool savePdf(const QString &path);
    bool saveWorkbook(const QString &path);

public Q_SLOTS:
    void preview();

private:
    std::optional<gd::DisputeLedgerMonth> ledger();
    QString fileName(const QString &suffix) const;
    AppContext m_ctx;
    QComboBox *m_scope;
    QDateEdit *m_month;
    QCheckBox *m_full;
    QLabel *m_status;
};

} // namespace gdui
