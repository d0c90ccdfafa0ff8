#pragma once
// 服务统计: the services, hours and households served per team, person or kind for a place and a
// period; and a volunteer's hours statement (志愿服务时长证明) for the period, printed or saved as PDF.
#include "common/AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableWidget;

namespace gdui {

class VolunteerTotalsTab : public QWidget
{
    Q_OBJECT
public:
    explicit VolunteerTotalsTab(const AppContext &ctx, QWidget *parent = nullptr);
    QComboBox *byCombo() const { return m_by; }
    QComboBox *personCombo() const { return m_person; }
    QTableWidget *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }

public Q_SLOTS:
    void refresh();
    // The chosen volunteer's statement for the period, as PDF at `path`; false with a message box
    // saying why (no volunteer chosen, the file not written).
    bool saveStatement(const QString &path);
    void printStatement();

private:
    AppContext m_ctx;
    QComboBox *m_scope, *m_by, *m_person;
    QDateEdit *m_from, *m_to;
    QTableWidget *m_table;
};

} // namespace gdui
