#pragma once
// What offices exchange: the exchanged tables of storage/Tables.h with every column
// they carry (merge metadata, user fields, derived fields), and the append-only timeline. The
// package schema, the content digest and the merge all read this one list, so a column is
// exchanged everywhere or nowhere.
//
// Local, never exchanged: meta (the site id, the clock), operators (each office's own logins),
// audit_log (each office's own record of what was done on its computers), the search index.
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::exchange {

struct ExchangeTable {
    QString name;
    QStringList columns;     // in the package's and the digest's order; "id" first
    bool appendOnly = false; // immutable rows, merged as a set union (case_events)
};

// Parents before children, as rows must be written.
const QList<ExchangeTable> &exchangeTables();
const ExchangeTable *exchangeTable(const QString &name);

} // namespace gd::exchange
