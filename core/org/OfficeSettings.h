#pragma once
// The office's identity, kept in the file: printed on cards and reports, used to default the
// lead unit of a case. Changing it needs the EditSettings permission.
#include "storage/Result.h"

#include <QString>

namespace gd {

class Database;

struct OfficeIdentity {
    QString name;         // 市南区网格化服务管理中心, or a community / street office
    QString districtCode; // 6 digits
    QString address;
    QString phone;
    QString supervisionPhone; // 监督电话 printed on contact cards
    // The 4 digits that open this office's case numbers (0117-20261205-0012), so numbers from
    // different offices never collide; the district gives each office its own. Until set, 4 digits
    // derived from the file's site id stand in (defaultCaseCode).
    QString caseCode;
    // The figures' minimum sample (统计最小样本): a rate or time resting on fewer cases is shown
    // greyed with its counts and never ranked (stats/Figures.h).
    int minimumSample = 5;
};

class OfficeSettings
{
public:
    explicit OfficeSettings(Database &db)
        : m_db(db)
    {}
    OfficeIdentity load() const;
    Status save(const OfficeIdentity &identity);
    Error validate(const OfficeIdentity &identity) const;
    // 4 digits from the site id: what a file uses before its administrator sets the code.
    static QString defaultCaseCode(const QString &siteId);

private:
    Database &m_db;
};

} // namespace gd
