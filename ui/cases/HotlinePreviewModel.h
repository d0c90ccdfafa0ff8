#pragma once
// The first lines of a hotline CSV as the import would take them: the line number, whether it
// can be imported, and the text of each mapped field. Lines with problems are tinted, the cell
// of the column at fault more strongly, and the reasons are the row's tooltip.
#include "cases/io/HotlineImport.h"

#include <QAbstractTableModel>

namespace gdui {

class HotlinePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LineColumn, StatusColumn, FirstFieldColumn };
    enum Roles { ProblemRole = Qt::UserRole + 1 }; // bool: the line (or this cell) would not be imported

    explicit HotlinePreviewModel(QObject *parent = nullptr);
    void setPreview(const gd::HotlinePreview &preview);
    void clear();
    const gd::HotlinePreview &preview() const { return m_preview; }
    // Lines shown that would not be imported (refused or already imported).
    int problemRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldAt(int column) const;
    gd::HotlinePreview m_preview;
};

} // namespace gdui
