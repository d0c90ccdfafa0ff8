#pragma once
// 登记警网联席会商 / 修改: a joint meeting as the desk records it — its level (street, community,
// grid) and the place that held it, when, the agenda, the issues judged, what was decided, the
// attendees, and (for a new meeting) the follow-up tasks, each with its owner and due day. The core
// checks it; a refusal puts the cursor on the field.
#include "common/AppContext.h"
#include "common/Choosers.h"
#include "common/FieldErrors.h"
#include "joint/JointTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gdui {

class JointPeopleEditor;

class JointMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    JointMeetingDialog(const AppContext &ctx, const gd::JointMeeting &meeting, QWidget *parent = nullptr);
    gd::JointMeeting meeting() const;
    QString savedId() const { return m_savedId; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *placeCombo() const { return m_place; }
    QLineEdit *topicEdit() const { return m_topic; }
    JointPeopleEditor *attendeesEditor() const { return m_attendees; }
    QTableWidget *tasksTable() const { return m_tasks; } // null when changing a meeting
    void addTask(const gd::JointTask &task = {});

public Q_SLOTS:
    void accept() override;

private:
    void fillPlaces(const QString &chosen);
    AppContext m_ctx;
    QString m_id;
    QComboBox *m_level, *m_place;
    QDateTimeEdit *m_at;
    QLineEdit *m_topic;
    QPlainTextEdit *m_issues, *m_decisions, *m_note;
    JointPeopleEditor *m_attendees;
    QTableWidget *m_tasks = nullptr;
    QList<Choice> m_owners;
    FieldErrors m_errors;
    QString m_savedId;
};

} // namespace gdui
