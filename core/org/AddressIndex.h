#pragma once
// Every live lookup address of the office in memory, matched exactly as BuildingService::lookup
// matches them in SQL: for a file of thousands of lines (the 12345 import), where one SQL pass
// over all the addresses per line cost more than the rest of the line's work. Read once; the
// same results in the same order as the SQL (a test compares the two on every address).
#include "BuildingService.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gd {

class Database;

class AddressIndex
{
public:
    explicit AddressIndex(Database &db);

    // As BuildingService::lookup.
    QList<AddressMatch> lookup(const QString &text, int limit = 5) const;
    int size() const { return int(m_entries.size()); }

    // Whether needle occurs in hay without cutting a number in two: "2号" (a building called 2号楼)
    // inside "三明南路22号" or "12号" is another building, not a match.
    static bool containsWhole(const QString &hay, const QString &needle);

private:
    struct Entry {
        QString buildingId;
        QString gridId;
        QString text;
        QString normalized;
        QByteArray textBytes; // the order SQLite sorts text in
    };
    QList<Entry> m_entries;
    QHash<QChar, QList<int>> m_byFirst; // entries whose normalized address starts with the character
    QHash<QChar, QList<int>> m_holding; // entries whose normalized address holds the character
};

} // namespace gd
