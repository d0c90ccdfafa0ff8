#pragma once
// A step in a dispute's mediation, each a small dialog: a mediation session (when, where, the
// result, a note); its outcome (settled with the agreement's text or scan, referred with where to,
// or withdrawn); the follow-up visit after settlement; the review of a high-risk dispute. The core
// checks each; a refusal puts the cursor on the field.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "disputes/DisputeTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace gdui {

class DisputeStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { Session, Outcome, FollowUp, Review };
    DisputeStepDialog(const AppContext &ctx, const QString &disputeId, Step step, QWidget *parent = nullptr);

    QComboBox *choiceCombo() const { return m_choice; } // the session's result, or the outcome
    QComboBox *targetCombo() const { return m_target; }
    QPlainTextEdit *textEdit() const { return m_text; } // the agreement (outcome), else the note
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateTimeEdit *timeEdit() const { return m_at; }
    void addFile(const QString &name, const QByteArray &data);

public Q_SLOTS:
    void accept() override;

private:
    void chooseFiles();
    void outcomeChosen();
    AppContext m_ctx;
    QString m_id;
    Step m_step;
    QDateTimeEdit *m_at = nullptr;
    QComboBox *m_choice = nullptr, *m_target = nullptr;
    QPlainTextEdit *m_text = nullptr, *m_note = nullptr;
    QWidget *m_place = nullptr, *m_filesBox = nullptr;
    QListWidget *m_files = nullptr;
    QList<gd::DisputeFile> m_fileData;
    FieldErrors m_errors;
};

} // namespace gdui
