#pragma once
// 记录培训: one training session — the day, the topic (the office's training needs are offered, any
// topic may be typed), the needs it answers (ticked), the expert and the unit they come from, and
// who attended (the full-time workers, filtered as you type). A session opened for a change keeps
// its attendees' evaluations. Saved through core (training::recordSession), which refuses with the
// field named; the dialog stays open with the message until the session is right.
#include "training/TrainingTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gd {
class Database;
}

namespace gdui {

class TrainingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrainingDialog(gd::Database &db, QWidget *parent = nullptr, const gd::TrainingSession &session = {});

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *topicCombo() const { return m_topic; }
    QLineEdit *expertEdit() const { return m_expert; }
    QLineEdit *unitEdit() const { return m_unit; }
    QListWidget *needs() const { return m_needs; }
    QListWidget *attendees() const { return m_workers; }
    QString problem() const;
    QString savedId() const { return m_savedId; }
    // Saves the session; false (the reason shown) when core refused it.
    bool save();

    void accept() override;

private:
    gd::Database &m_db;
    QString m_id, m_savedId;
    QDateEdit *m_date;
    QComboBox *m_topic;
    QLineEdit *m_expert, *m_unit, *m_note;
    QLineEdit *m_filter;
    QListWidget *m_needs, *m_workers;
    QLabel *m_problem;
};

} // namespace gdui
