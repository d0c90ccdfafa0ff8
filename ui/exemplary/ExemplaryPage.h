#pragma once
// 优秀案例: the exemplary-case write-ups — by year, area and state, and found by the same search as
// the cases (1-, 2- and 3-character Chinese terms) — beside the write-up chosen in full with its
// photos. Write one up (Ctrl+N), change it, approve it (a supervisor), remove it; and print the
// year's booklet of approved write-ups, or save it as PDF (progress, cancel) or an OpenDocument text.
#include "common/AppContext.h"
#include "exemplary/ExemplaryBooklet.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace gdui {

class ExemplaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExemplaryPage(const AppContext &ctx, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *stateCombo() const { return m_state; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void writeUp();
    void editSelected();
    void approveSelected();
    void removeSelected();
    // The booklet of the year and area chosen, to `path` (.pdf or .odt); false (said) when refused.
    bool saveBooklet(const QString &path);
    void printBooklet();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void selectById(const QString &id);
    // The booklet of the year and area chosen; none (said) when refused or empty.
    std::optional<gd::Booklet> gatherBooklet();
    AppContext m_ctx;
    QSpinBox *m_year;
    QComboBox *m_scope, *m_state;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QLabel *m_status;
    QPushButton *m_edit, *m_approve, *m_remove;
    bool m_stale = true;
};

} // namespace gdui
