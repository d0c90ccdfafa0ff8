#pragma once
// 撰写优秀案例: a write-up of an exemplary case. A new one starts from its source — a request by its
// number, or a dispute, council meeting or volunteer service of the last year chosen from a list —
// and is filled from it (area, day, category, the worker credited and their star, a title, the
// background); the supervisor then writes the four parts and adds up to four photos. Saved through
// core (ExemplaryService::save), which refuses with the field named; the dialog stays open with
// the message until the write-up is right.
#include "common/AppContext.h"
#include "exemplary/ExemplaryTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gdui {

class ExemplaryDialog : public QDialog
{
    Q_OBJECT
public:
    ExemplaryDialog(const AppContext &ctx, const gd::ExemplaryCase &writeUp, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *caseNumberEdit() const { return m_number; }
    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *categoryEdit() const { return m_category; }
    QPlainTextEdit *backgroundEdit() const { return m_background; }
    QPlainTextEdit *actionsEdit() const { return m_actions; }
    QPlainTextEdit *effectEdit() const { return m_effect; }
    QPlainTextEdit *lessonsEdit() const { return m_lessons; }
    QListWidget *photoList() const { return m_photoList; }
    QLabel *sourceLabel() const { return m_sourceInfo; }
    QString problem() const;
    QString savedId() const { return m_savedId; }
    // Fills the write-up from the source chosen (a request's number typed, or the list's choice):
    // the fields still empty or as an earlier fill left them; what was typed stays.
    bool fillFromSource();
    void addPhoto(const QByteArray &image, const QString &caption);
    bool save();
    void accept() override;

private:
    void fillSourceList();
    // A new write-up whose source choice changed: chosen again before it is saved.
    void forgetSource();
    void showPhotos();
    AppContext m_ctx;
    gd::ExemplaryCase m_writeUp;
    gd::ExemplaryCase m_filled; // what the last fill from a source put into the fields
    QString m_savedId;
    QComboBox *m_kind, *m_source;
    QLineEdit *m_number, *m_title, *m_category;
    QPlainTextEdit *m_background, *m_actions, *m_effect, *m_lessons;
    QListWidget *m_photoList;
    QLabel *m_sourceInfo, *m_problem;
};

} // namespace gdui
