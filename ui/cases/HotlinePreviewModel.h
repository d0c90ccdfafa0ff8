#pragma once
// The first lines of a hotline CSV as the import would take them: the line number, whether it
// can be imported, and the text of each mapped field. Lines with problems are tinted, the cell
// of the column at fault more strongly, and the reasons are the row's tooltip. A line that repeats a
// case on file says which and why, with a check box: checked, it is attached to that case.
#include "cases/io/HotlineImport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gdui {

class HotlinePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LineColumn, StatusColumn, RepeatColumn, FirstFieldColumn };
    enum Roles { ProblemRole = Qt::UserRole + 1 }; // bool: the line (or this cell) would not be imported

    explicit HotlinePreviewModel(QObject *parent = nullptr);
    void setPreview(const gd::HotlinePreview &preview);
    void clear();
    const gd::HotlinePreview &preview() const { return m_preview; }
    // Lines shown that would not be imported (refused or already imported).
    int problemRows() const;
    // Lines shown that repeat a case on file, and those that would be attached to it.
    int repeatRows() const;
    int attachRows() const;
    // What the operator changed from the defaults: line → the case to attach it to, or "" to keep
    // it a case of its own (HotlineImportOptions::attachTo).
    QHash<int, QString> attachChoices() const;
    bool setAttach(int row, bool attach);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QString fieldAt(int column) const;
    bool attaches(const gd::HotlinePreviewRow &r) const;
    gd::HotlinePreview m_preview;
    QHash<int, bool> m_attach; // line → the operator's choice, kept while the same file is previewed
};

} // namespace gdui
