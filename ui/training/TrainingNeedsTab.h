#pragma once
// 培训需求与点单: the office's training needs with a year's demand — the orders per need, the sessions
// that answered it, and those ordered that no session has covered yet — the orders per community,
// and the year's orders one by one. Orders are placed and removed here (Ctrl+N places one); a need
// is added to the list or retired.
#include "common/AppContext.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace gdui {

class TrainingNeedsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingNeedsTab(const AppContext &ctx, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QTableWidget *demandTable() const { return m_demand; }
    QTableWidget *communityTable() const { return m_communities; }
    QTableWidget *ordersTable() const { return m_orders; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void refresh();
    void placeOrder();
    void removeOrder();
    void addNeed();
    void retireNeed();

private:
    AppContext m_ctx;
    QSpinBox *m_year;
    QTableWidget *m_demand, *m_communities, *m_orders;
    QLabel *m_status;
};

} // namespace gdui
