#include "ExemplarySearch.h"

#include "cases/SearchText.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace gd::exemplary {

namespace {

const QString kFingerprintKey = QStringLiteral("exemplary_search_fingerprint");

// Every change to a write-up, a tombstone included, gives its row a new stamp: the count and the
// stamps' sum and maximum change with any of them. The community's and grid's names are indexed
// too, so a change to either (a rename, from a merge as well) is in it.
Result<QString> fingerprint(Database &db)
{
    QSqlQuery q(db.sql());
    if (Status failed = exec(q, QStringLiteral("SELECT count(*) || ':' || coalesce(sum(hlc % 1000000007), 0) || ':' "
                                               "|| coalesce(max(hlc), 0) || ':' || (SELECT coalesce(sum(hlc % "
                                               "1000000007), 0) FROM communities) || ':' || (SELECT "
                                               "coalesce(sum(hlc % 1000000007), 0) FROM grids) FROM exemplary_cases"));
        !failed)
        return failed.error();
    q.next();
    return q.value(0).toString();
}

Result<QString> storedFingerprint(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kFingerprintKey);
    if (Status failed = exec(q); !failed)
        return failed.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status storeFingerprint(Database &db)
{
    auto now = fingerprint(db);
    if (!now)
        return now.status();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(kFingerprintKey);
    q.addBindValue(*now);
    return exec(q);
}

Status dropEntry(Database &db, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("DELETE FROM exemplary_search WHERE rowid = (SELECT doc FROM exemplary_search_map WHERE "
                             "exemplary_id = ?)"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM exemplary_search_map WHERE exemplary_id = ?"));
    q.addBindValue(id);
    return exec(q);
}

Status writeEntry(Database &db, const QString &id)
{
    if (Status s = dropEntry(db, id); !s)
        return s;
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT e.title, e.category, e.background, e.actions, e.effect, e.lessons, e.worker_name, "
                       "coalesce(c.name, ''), coalesce(g.name, '') FROM exemplary_cases e LEFT JOIN communities c "
                       "ON c.id = e.community_id LEFT JOIN grids g ON g.id = e.grid_id WHERE e.id = ? AND "
                       "e.deleted = 0"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (!q.next())
        return {}; // removed: no entry
    QStringList texts;
    for (int i = 0; i < 9; ++i)
        texts << q.value(i).toString();
    q.finish();
    QSqlQuery map(db.sql());
    map.prepare(QStringLiteral("INSERT INTO exemplary_search_map(exemplary_id) VALUES(?)"));
    map.addBindValue(id);
    if (Status s = exec(map); !s)
        return s;
    QSqlQuery fts(db.sql());
    fts.prepare(QStringLiteral("INSERT INTO exemplary_search(rowid, words) VALUES(?, ?)"));
    fts.addBindValue(map.lastInsertId());
    fts.addBindValue(QString::fromUtf8(search::columnTokens(texts)));
    return exec(fts);
}

Status rebuildIn(Database &db)
{
    QSqlQuery q(db.sql());
    for (const char *sql : {"DELETE FROM exemplary_search", "DELETE FROM exemplary_search_map"})
        if (Status s = exec(q, QString::fromLatin1(sql)); !s)
            return s;
    if (Status s = exec(q, QStringLiteral("SELECT id FROM exemplary_cases WHERE deleted = 0")); !s)
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids))
        if (Status s = writeEntry(db, id); !s)
            return s;
    return storeFingerprint(db);
}

// The search without the index: every write-up's texts folded and looked through. For a file that
// cannot be written (opened read-only) whose index is behind.
Result<QSet<QString>> scan(Database &db, const QStringList &terms)
{
    QSqlQuery q(db.sql());
    if (Status failed = exec(q, QStringLiteral("SELECT e.id, e.title, e.category, e.background, e.actions, e.effect, "
                                               "e.lessons, e.worker_name, coalesce(c.name, ''), coalesce(g.name, '') "
                                               "FROM exemplary_cases e LEFT JOIN communities c ON c.id = "
                                               "e.community_id LEFT JOIN grids g ON g.id = e.grid_id WHERE e.deleted "
                                               "= 0"));
        !failed)
        return failed.error();
    QSet<QString> out;
    while (q.next()) {
        QStringList texts;
        for (int i = 1; i < 10; ++i)
            texts << search::fold(q.value(i).toString());
        const bool all = std::all_of(terms.cbegin(), terms.cend(), [&texts](const QString &term) {
            return std::any_of(texts.cbegin(), texts.cend(), [&term](const QString &t) { return t.contains(term); });
        });
        if (all)
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace

Result<bool> indexCurrent(Database &db)
{
    auto now = fingerprint(db);
    if (!now)
        return now.error();
    auto stored = storedFingerprint(db);
    if (!stored)
        return stored.error();
    // A file that never held a write-up has an empty index and no fingerprint yet: current.
    return *now == *stored || (stored->isEmpty() && now->startsWith(QLatin1String("0:")));
}

Status renewEntry(Database &db, const QString &id, bool wasCurrent)
{
    if (!wasCurrent)
        return {}; // built whole at the next search
    if (Status s = writeEntry(db, id); !s)
        return s;
    return storeFingerprint(db);
}

Status rebuildIndex(Database &db)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    if (Status s = rebuildIn(db); !s)
        return s;
    return tx.commit();
}

Result<QSet<QString>> search(Database &db, const QString &text)
{
    auto current = indexCurrent(db);
    if (!current)
        return current.error();
    const QStringList terms = search::terms(text);
    QSet<QString> out;
    if (terms.isEmpty())
        return out;
    if (!*current && db.isReadOnly())
        return scan(db, terms);
    if (!*current)
        if (Status s = rebuildIndex(db); !s)
            return s.error();
    QStringList phrases;
    for (const QString &t : terms)
        phrases << search::phrase(t);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT m.exemplary_id FROM exemplary_search s JOIN exemplary_search_map m ON m.doc = "
                             "s.rowid WHERE exemplary_search MATCH ?"));
    q.addBindValue(phrases.join(QStringLiteral(" AND ")));
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace gd::exemplary
