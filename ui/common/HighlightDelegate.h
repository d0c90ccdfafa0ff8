#pragma once
// Paints a cell's text with some spans highlighted (search matches): the spans come from the
// model as a QVariantList of QPoint(start, length) under a role the view's owner names.
#include <QStyledItemDelegate>

namespace gdui {

class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(int marksRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_marksRole;
};

} // namespace gdui
