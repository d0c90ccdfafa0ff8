#pragma once
// The cases of a list filter as export rows, a page at a time through CaseQueries' keyset
// paging: a million-case export never holds more than one page. Each page's full texts (the
// list keeps only the first 80 characters of a description) come in one lookup by id.
#include "cases/CaseQueries.h"

#include <QHash>

namespace gd {

struct CaseExportRow {
    QString number;
    QString hotlineOrder;
    QString state; // translated names from here on
    qint64 receivedMs = 0;
    QString category; // "Utilities / Heating"
    QString channel;
    QString gridCode;
    QString address;
    QString reporterName;
    QString reporterPhone;
    QString description;
    QString request;
    qint64 dueMs = 0; // 0: none
    QString leadUnit;
    QString handler;

    // The cells in the columns' order (CaseExport::headers()), times as Beijing "yyyy-MM-dd HH:mm".
    QStringList texts() const;
};

class CaseExportRows
{
public:
    CaseExportRows(Database &db, const CaseFilter &filter, int pageSize = 500);
    // How many cases the filter matches (for progress).
    Result<int> count() const;
    // The next page; empty when all were read.
    Result<QList<CaseExportRow>> next();
    bool atEnd() const { return m_done; }

private:
    Database &m_db;
    CaseFilter m_filter;
    int m_pageSize;
    QString m_key;
    bool m_done = false;
    QHash<QString, QString> m_categoryPath; // id → "parent / leaf"
};

} // namespace gd
