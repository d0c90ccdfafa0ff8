#pragma once
// The review of suspected repeats (疑似重复) the 12345 import leaves: each imported case the repeat
// finder scored as possibly repeating a case on file, with the other case, the score and why. A
// person confirms a pair (the case is merged into the other as one of its reports; splitting it
// back out on the case page undoes that) or rejects it (both stay apart, never proposed again).
// The decided pairs are listed with who decided and when. All the rules are core's
// (cases/RepeatReview.h, CaseService::confirmRepeat / rejectRepeat); this dialog only asks.
#include "cases/RepeatReview.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {
class Database;
}

namespace gdui {

class RepeatReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum Columns {
        NumberColumn,
        ReceivedColumn,
        DescriptionColumn,
        OtherColumn,
        OtherStateColumn,
        ScoreColumn,
        ReasonColumn,
        DecidedByColumn,
        DecidedColumn,
        ColumnCount
    };

    explicit RepeatReviewDialog(gd::Database &db, QWidget *parent = nullptr);

    void showStatus(const QString &status); // pending, confirmed or rejected
    QString status() const;
    const QList<gd::RepeatPair> &pairs() const { return m_pairs; }
    QTableWidget *table() const { return m_table; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *rejectButton() const { return m_reject; }
    QString statusText() const;
    // The decisions on the current row; false (and the reason in statusText()) when refused.
    bool confirmCurrent();
    bool rejectCurrent();

Q_SIGNALS:
    void openCase(const QString &caseId); // the case of the current row, to show on the cases page

private:
    void reload();
    void updateButtons();
    const gd::RepeatPair *current() const;
    gd::Database &m_db;
    QList<gd::RepeatPair> m_pairs;
    QComboBox *m_status;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_confirm;
    QPushButton *m_reject;
    QPushButton *m_open;
};

} // namespace gdui
