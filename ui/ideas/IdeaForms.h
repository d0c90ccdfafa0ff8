#pragma once
// The forms of the good-ideas page, one dialog in three uses: a street's idea proposed or changed
// (street, name, description, where it is used, the day), an observation visit (the visiting
// street, the day, who came, their comments and the refinement that followed) and an adoption by
// another street (street, day, note). Each saves through core (IdeaService) and stays open with
// core's refusal shown until what is typed is right.
#include "ideas/IdeaTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gd {
class Database;
}

namespace gdui {

class IdeaFormDialog : public QDialog
{
    Q_OBJECT
public:
    enum Use { Propose, Visit, Adopt };
    IdeaFormDialog(gd::Database &db, Use use, const gd::Idea &idea, QWidget *parent = nullptr);
    QComboBox *street() const { return m_street; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *line() const { return m_line; }          // the idea's name, who visited, or the note
    QLineEdit *where() const { return m_where; }        // where the idea is used (Propose)
    QPlainTextEdit *text() const { return m_text; }     // the description or the comments
    QPlainTextEdit *second() const { return m_second; } // the refinement (Visit)
    QString problem() const;
    QString savedId() const { return m_savedId; }
    bool save();
    void accept() override;

private:
    gd::Database &m_db;
    Use m_use;
    gd::Idea m_idea;
    QString m_savedId;
    QComboBox *m_street;
    QDateEdit *m_date;
    QLineEdit *m_line, *m_where;
    QPlainTextEdit *m_text, *m_second;
    QLabel *m_problem;
};

} // namespace gdui
