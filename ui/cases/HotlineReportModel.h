#pragma once
// What an import did with the lines it did not take: line, column, what happened and why.
#include "cases/io/HotlineImport.h"

#include <QAbstractTableModel>

namespace gdui {

class HotlineReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LineColumn, ColumnColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit HotlineReportModel(QObject *parent = nullptr);
    void setNotes(const QList<gd::HotlineNote> &notes);
    const QList<gd::HotlineNote> &notes() const { return m_notes; }
    // The rows (all, or those given) as tab-separated text with a header line, for the clipboard.
    QString toText(const QList<int> &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QList<gd::HotlineNote> m_notes;
};

} // namespace gdui
