#pragma once
// The dispute ledger, newest found first, a page at a time as the view scrolls. A high-risk
// dispute not reviewed yet is shown in red; the parties are masked on rows the operator may not
// see in full (core decides).
#include "common/PagedTableModel.h"
#include "disputes/DisputeList.h"

namespace gdui {

class DisputeListModel : public PagedTableModel<gd::DisputePage, gd::DisputeFilter>
{
    Q_OBJECT
public:
    enum Columns {
        FoundColumn,
        GridColumn,
        KindColumn,
        RiskColumn,
        PartiesColumn,
        SessionsColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit DisputeListModel(gd::Database &db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    gd::Result<gd::DisputePage> readPage(const gd::DisputeFilter &filter, int limit,
                                         const QString &afterKey) const override;

private:
    gd::Database &m_db;
};

} // namespace gdui
