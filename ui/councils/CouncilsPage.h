#pragma once
// 居民议事: residents' councils and grid self-management committees. The list (by place, kind and
// period, or only those that adopted a rule) beside the meeting selected in full — attendance by
// role, positions, resolution, the rule's text and the requests it settled — with record (Ctrl+N),
// change and remove one button away.
#include "common/AppContext.h"
#include "councils/CouncilService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gdui {

class CouncilListModel;

class CouncilsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CouncilsPage(const AppContext &ctx, QWidget *parent = nullptr);
    CouncilListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *rulesBox() const { return m_rules; }
    QString currentId() const;

public Q_SLOTS:
    void refresh();
    void recordCouncil();
    void editSelected();
    void removeSelected();
    void select(const QString &id);
    // Exactly these meetings (a figure's records), until a filter changes.
    void showRecords(const gd::CouncilFilter &filter, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    AppContext m_ctx;
    QComboBox *m_scope, *m_kind;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_rules;
    QLabel *m_status;
    CouncilListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_edit, *m_remove;
    bool m_stale = true;
};

} // namespace gdui
