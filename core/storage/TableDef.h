#pragma once
// A table's name and its user fields (the merge metadata columns are implied): what RowStore
// writes through. Which tables exist is the schema's to say (schema/Tables.h), not storage's.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gd {

struct TableDef {
    QString name;
    QStringList fields;    // user fields, stamped and merged one by one
    QStringList derived;   // recomputed from other rows (a case's state from its events); never stamped
    QStringList multiline; // user fields whose text may hold line breaks and tabs (notes, descriptions)
    // What every live row holds, whoever wrote it: checked by RowStore at every write and by the
    // package checks on every row a merge would take (one list, so a merge accepts what entry does).
    QStringList required;                  // never NULL or empty text
    QList<QPair<QString, qint64>> atLeast; // integer fields and their smallest value
};

} // namespace gd
