#pragma once
// 金点子与交叉观摩: the streets' good ideas of a year — who proposed each, how many visits it had and
// which streets adopted it — beside the idea chosen in full (description, every visit with its
// comments and refinement, the adoptions). Propose (Ctrl+N), change, record a visit, mark it
// adopted by a street, withdraw an adoption or a visit recorded by mistake, remove.
#include "common/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace gdui {

class IdeasPage : public QWidget
{
    Q_OBJECT
public:
    explicit IdeasPage(const AppContext &ctx, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void propose();
    void editSelected();
    void recordVisit();
    void markAdopted();
    void withdrawOne();
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    AppContext m_ctx;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QLabel *m_status;
    QList<QPushButton *> m_needSelection;
    bool m_stale = true;
};

} // namespace gdui
