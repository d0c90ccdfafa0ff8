#pragma once
// 登记警网联动 / 修改: a police–grid joint activity as the desk records it — the police grid and
// the grids paired with it where the work was done (ticked), which of the five kinds, when, what
// was done, who took part (from the people register or by name), the requests and disputes it
// dealt with (by number or id) and a note. The core checks it; a refusal puts the cursor on the
// field.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "joint/JointTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace gdui {

class JointPeopleEditor;

class JointActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // A new activity when `activity` has no id (its police grid and grids, if any, chosen); else
    // that one to change.
    JointActivityDialog(const AppContext &ctx, const gd::JointActivity &activity, QWidget *parent = nullptr);
    gd::JointActivity activity() const;
    QString savedId() const { return m_savedId; }
    QComboBox *policeGridCombo() const { return m_policeGrid; }
    QListWidget *gridList() const { return m_grids; }
    JointPeopleEditor *peopleEditor() const { return m_people; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

public Q_SLOTS:
    void accept() override;

private:
    void fillGrids(const QStringList &ticked);
    AppContext m_ctx;
    QString m_id, m_recordedBy;
    QComboBox *m_policeGrid, *m_kind;
    QDateTimeEdit *m_at;
    QListWidget *m_grids;
    QPlainTextEdit *m_summary, *m_note;
    JointPeopleEditor *m_people;
    QLineEdit *m_links;
    FieldErrors m_errors;
    QString m_savedId;
};

} // namespace gdui
