#pragma once
// 登记纠纷 / 修改纠纷: a dispute as the desk records it — the grid, how it was found (and the request
// it came from), its kind and risk, when and by whom, what it is about, its parties (name, phone,
// address) and its mediators (the grid worker, the police officer from the people register, a
// lawyer or committee member by name). The core checks it; a refusal puts the cursor on the field.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "disputes/DisputeTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gdui {

class DisputeDialog : public QDialog
{
    Q_OBJECT
public:
    // A new dispute when `dispute` has no id (its grid, if any, chosen); else that one to change.
    DisputeDialog(const AppContext &ctx, const gd::Dispute &dispute, QWidget *parent = nullptr);
    gd::Dispute dispute() const;
    QString savedId() const { return m_savedId; }
    QTableWidget *partiesTable() const { return m_parties; }
    QTableWidget *mediatorsTable() const { return m_mediators; }
    void addParty(const gd::DisputeParty &party = {});
    void addMediator(const gd::DisputeMediator &mediator = {});

public Q_SLOTS:
    void accept() override;

private:
    AppContext m_ctx;
    QString m_id;
    QComboBox *m_grid, *m_source, *m_kind, *m_risk, *m_foundBy;
    QLineEdit *m_case;
    QDateTimeEdit *m_found;
    QPlainTextEdit *m_summary;
    QTableWidget *m_parties, *m_mediators;
    FieldErrors m_errors;
    QString m_savedId;
};

} // namespace gdui
