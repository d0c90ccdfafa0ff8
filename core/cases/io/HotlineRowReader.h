#pragma once
// One line of a 12345 hotline CSV turned into a case draft, or into the reasons it cannot be
// one, each naming the column. Reads only: nothing here writes to the file.
#include "HotlineCategories.h"
#include "HotlineMapping.h"
#include "cases/CaseTypes.h"
#include "org/AddressIndex.h"
#include "util/CsvReader.h"

#include <QHash>
#include <QList>

namespace gd {

class Database;

struct HotlineNote {
    // Unmapped: imported under 其他 because its category is neither ours nor mapped (not refused).
    enum Kind { Refused, AlreadyImported, Unmapped };
    int line = 0;
    Kind kind = Refused;
    QString field;  // HotlineMapping field; "" when the whole line is meant
    QString column; // that field's column as the file spells it; "" when the whole line is meant
    QString reason; // translated
};

class HotlineRowReader
{
public:
    // `categories`: the office's answers for hotline categories it does not have (HotlineCategories.h).
    HotlineRowReader(Database &db, const QStringList &headers, const HotlineMapping &mapping,
                     const HotlineCategoryMap &categories = {});

    // The text of each mapped field, in HotlineMapping::fields() order ("" where unmapped).
    QStringList cells(const CsvRecord &record) const;
    // The hotline's order number of the line, trimmed ("" when it has none).
    QString order(const CsvRecord &record) const { return cell(record, QStringLiteral("hotline_order")); }

    struct Read {
        Case draft;                  // channel hotline_12345, the order number set
        QList<HotlineNote> refusals; // empty when the draft can be registered
        // The hotline's category when it was neither one of ours nor mapped: the draft is under 其他.
        QString unmappedCategory{};
        bool mappedCategory = false; // the category came from the office's mapping
    };
    // Whether the hotline's category text names one of ours or a mapped one (an empty text does).
    bool knowsCategory(const QString &text) const;
    // Checks every field (so a line lists all its problems), then CaseService::validate.
    Read read(const CsvRecord &record) const;

    // "2026-03-02 14:05", "2026/3/2 14:05:00", "2026-03-02T14:05:00", "2026年3月2日 14:05", a
    // bare date (midnight); Beijing time unless the text carries a zone. 0 when it is none of them.
    static qint64 parseTime(const QString &text);

private:
    QString cell(const CsvRecord &record, const QString &field) const;
    HotlineNote refusal(const CsvRecord &record, const QString &field, const QString &reason) const;
    QString categoryFor(const QString &text) const;
    Database &m_db;
    HotlineMapping m_mapping;
    HotlineCategoryMap m_categories;
    QHash<QString, int> m_index; // field → position of its column in a record
    int m_headerCount = 0;
    QHash<QString, QString> m_categoryByKey;      // code or normalized name → id
    QHash<QString, QString> m_childByPath;        // "parent\x1fchild" normalized names → id
    QString m_otherCategory;                      // "13 其他", for lines that give none
    AddressIndex m_addresses;                     // read once for the whole file
    mutable QHash<QString, QString> m_buildingOf; // address as written → the building it surely is ("" none)
};

} // namespace gd
