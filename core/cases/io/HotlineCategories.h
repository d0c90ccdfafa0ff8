#pragma once
// Which of the office's categories a 12345 category is: the hotline's tree is the city's, and an
// office's own differs (公共设施/路灯不亮 against 市政设施). An answer given once is remembered in
// the file, like the column mapping, so the window and the CLI map the next file alike; a
// category neither known nor mapped is imported under 其他 and flagged (HotlineRowReader).
#include "storage/Result.h"

#include <QHash>
#include <QString>

namespace gd {

class Database;

class HotlineCategoryMap
{
public:
    // The category mapped to the hotline's text ("" when none); texts compare as headers do
    // (HotlineMapping::normalizeHeader).
    QString categoryFor(const QString &hotlineText) const;
    // An empty id forgets the text.
    void set(const QString &hotlineText, const QString &categoryId);
    // This map with every text of `other` set as `other` says.
    HotlineCategoryMap mergedWith(const HotlineCategoryMap &other) const;
    // Normalized hotline text → category id.
    const QHash<QString, QString> &entries() const { return m_ids; }
    bool isEmpty() const { return m_ids.isEmpty(); }

    // "热线类别=CODE;热线类别=CODE" as the command line takes it: each category by its code or name
    // in this file; an unknown one is an Invalid error naming it.
    static Result<HotlineCategoryMap> fromSpec(Database &db, const QString &spec);

    // The map remembered in this file (empty when none), and remembering one (needs HandleCases;
    // joins the caller's transaction). Ids no longer in the category tree are left out on reading.
    static HotlineCategoryMap remembered(Database &db);
    static Status remember(Database &db, const HotlineCategoryMap &map);
    static constexpr const char *kMetaKey = "hotline_category_mapping";

private:
    QHash<QString, QString> m_ids;
};

} // namespace gd
