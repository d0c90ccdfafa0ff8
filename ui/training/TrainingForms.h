#pragma once
// The small forms of the training page: an attendee's evaluation of a session (a score of 1–5
// and a comment) and a worker's order of a training need. Each saves through core and stays open
// with core's refusal shown until what is typed is right.
#include "training/TrainingTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gd {
class Database;
}

namespace gdui {

class EvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    EvaluationDialog(gd::Database &db, const gd::TrainingSession &session, QWidget *parent = nullptr);
    QComboBox *attendee() const { return m_attendee; }
    QSpinBox *score() const { return m_score; }
    QLineEdit *comment() const { return m_comment; }
    QString problem() const;
    bool save();
    void accept() override;

private:
    gd::Database &m_db;
    QString m_sessionId;
    QComboBox *m_attendee;
    QSpinBox *m_score;
    QLineEdit *m_comment;
    QLabel *m_problem;
};

class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrderDialog(gd::Database &db, QWidget *parent = nullptr);
    QComboBox *worker() const { return m_worker; }
    QComboBox *need() const { return m_need; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *note() const { return m_note; }
    QString problem() const;
    bool save();
    void accept() override;

private:
    gd::Database &m_db;
    QComboBox *m_worker, *m_need;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace gdui
