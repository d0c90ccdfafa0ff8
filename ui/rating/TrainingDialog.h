#pragma once
// 记录培训: one training session — the day, the topic (the district's named training needs are
// offered, any topic may be typed), the trainer's unit and who attended (the full-time workers,
// filtered as you type). Saved through core (rating::recordTraining), which refuses with the
// field named; the dialog stays open with the message until the session is right.
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
    explicit TrainingDialog(gd::Database &db, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *topicCombo() const { return m_topic; }
    QLineEdit *unitEdit() const { return m_unit; }
    QListWidget *attendees() const { return m_workers; }
    QString problem() const;
    // Saves the session; false (the reason shown) when core refused it.
    bool save();

    void accept() override;

private:
    gd::Database &m_db;
    QDateEdit *m_date;
    QComboBox *m_topic;
    QLineEdit *m_unit;
    QLineEdit *m_filter;
    QListWidget *m_workers;
    QLabel *m_problem;
};

} // namespace gdui
