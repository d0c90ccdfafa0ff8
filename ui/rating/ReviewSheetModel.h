#pragma once
// The monthly review sheet as a table: a row per active full-time worker, a column
// per item of the month's template, then the total, the star now and the star proposed. The
// items typed in are editable while the month is open and the signed-in operator may score:
// an edit is written through core (rating::enterValue) and the sheet computed again. The rows
// of a month are few (the office's full-time workers): read whole, never lazily.
#include "rating/MonthReview.h"

#include <QAbstractTableModel>

namespace gdui {

class ReviewSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReviewSheetModel(gd::Database &db, QObject *parent = nullptr);

    // Reads the month again (as approved, when it is); false with the reason in error().
    bool load(const QString &month);
    QString month() const { return m_month; }
    // The rows' order (by community and grid, or by name in pinyin order); load() applies it.
    void setOrder(gd::rating::SheetOrder order) { m_order = order; }
    gd::rating::SheetOrder order() const { return m_order; }
    QString error() const { return m_error; }
    const gd::rating::MonthSheet &sheet() const { return m_sheet; }
    const gd::rating::MonthStatus &status() const { return m_status; }
    gd::rating::SheetRow row(int r) const { return m_sheet.rows.value(r); }
    // The item shown in a column; null for the name and the last three.
    const gd::rating::RatingItem *itemAt(int column) const;
    int totalColumn() const { return int(m_sheet.items.size()) + 1; }
    int proposedColumn() const { return totalColumn() + 2; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &message); // an edit core refused, to show

private:
    bool editable(const gd::rating::RatingItem *item) const;
    gd::Database &m_db;
    QString m_month, m_error;
    gd::rating::MonthSheet m_sheet;
    gd::rating::MonthStatus m_status;
    gd::rating::SheetOrder m_order = gd::rating::SheetOrder::Place;
};

} // namespace gdui
