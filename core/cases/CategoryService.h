#pragma once
// The two-level category tree of residents' requests. It ships seeded (ReferenceSeed) and an
// administrator may rename, add or deactivate categories; the edits travel to other offices.
#include "storage/ReadSource.h"
#include "storage/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gd {

class Database;

struct Category {
    QString id;
    QString parentId; // empty for a top-level category
    QString code;     // "07", "0703"
    QString name;
    QString route; // police | utility | emergency | ""
    bool active = true;
};

// The top-level categories in use, by code (id, code and name only), read with a plain statement
// from any store holding the office's tables — its file or a hub: the case lists' category choice.
Result<QList<Category>> categoryGroups(const ReadSource &source);

class CategoryService
{
public:
    explicit CategoryService(Database &db)
        : m_db(db)
    {}

    // Top-level categories first in code order, each followed by its children.
    QList<Category> tree(bool includeInactive = false) const;
    Result<Category> category(const QString &id) const;
    Result<Category> byCode(const QString &code) const;
    // "Utilities / Heating": how a leaf is shown in lists and pickers.
    QString pathName(const QString &id) const;
    // Needs EditSettings. A child's code starts with its parent's.
    Result<QString> save(const Category &category);
    Error validate(const Category &category) const;

private:
    Database &m_db;
};

} // namespace gd
