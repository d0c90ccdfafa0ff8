#pragma once
// 考评项目: the review's criteria as a new version from a month on (rating/TemplateEditor.h).
// One row per item: code, name, kind (computed from the cases, counted from records, typed in,
// bonus, veto), what a computed item counts, its maximum and the points per case or session
// counted. The points of the items other than bonus and veto are added up as you type (they
// must make 100). Saved through core, which refuses with the reason; the dialog stays open.
// Administrators only; others see the items read-only.
#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace gd {
class Database;
}
namespace gd::rating {
struct RatingItem;
}

namespace gdui {

class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateDialog(gd::Database &db, const QString &month, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QDateEdit *fromMonth() const { return m_from; }
    QLabel *sumLabel() const { return m_sum; }
    void addItemRow(const gd::rating::RatingItem &item);
    QList<gd::rating::RatingItem> items() const;
    bool save();
    void accept() override;

private:
    QString freeCode() const; // an item code no row has yet
    void load(const QString &month);
    void updateSum();
    gd::Database &m_db;
    QTableWidget *m_table;
    QDateEdit *m_from;
    QLabel *m_sum;
};

} // namespace gdui
