#include "HotlineCategories.h"

#include "HotlineMapping.h"
#include "access/Permissions.h"
#include "cases/CategoryService.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HotlineCategoryMap)
};

QString key(const QString &text)
{
    return HotlineMapping::normalizeHeader(text);
}

} // namespace

QString HotlineCategoryMap::categoryFor(const QString &hotlineText) const
{
    return m_ids.value(key(hotlineText));
}

void HotlineCategoryMap::set(const QString &hotlineText, const QString &categoryId)
{
    const QString k = key(hotlineText);
    if (k.isEmpty())
        return;
    if (categoryId.isEmpty())
        m_ids.remove(k);
    else
        m_ids.insert(k, categoryId);
}

HotlineCategoryMap HotlineCategoryMap::mergedWith(const HotlineCategoryMap &other) const
{
    HotlineCategoryMap out = *this;
    for (auto it = other.m_ids.constBegin(); it != other.m_ids.constEnd(); ++it)
        out.m_ids.insert(it.key(), it.value());
    return out;
}

Result<HotlineCategoryMap> HotlineCategoryMap::fromSpec(Database &db, const QString &spec)
{
    QHash<QString, QString> byName;
    for (const Category &c : CategoryService(db).tree()) {
        byName.insert(key(c.code), c.id);
        if (!byName.contains(key(c.name)))
            byName.insert(key(c.name), c.id);
    }
    HotlineCategoryMap out;
    for (const QString &pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const QString text = eq > 0 ? pair.left(eq).trimmed() : QString();
        const QString category = eq > 0 ? pair.mid(eq + 1).trimmed() : QString();
        if (text.isEmpty() || category.isEmpty())
            return Error::invalid(QStringLiteral("categories"),
                                  Text::tr("\"%1\": give the hotline's category, '=', and one of ours (its code or "
                                           "name), e.g. 路灯不亮=0301.")
                                      .arg(pair.trimmed()));
        const QString id = byName.value(key(category));
        if (id.isEmpty())
            return Error::invalid(QStringLiteral("categories"),
                                  Text::tr("\"%1\" is not a category on file (give its code or name).").arg(category));
        out.set(text, id);
    }
    return out;
}

HotlineCategoryMap HotlineCategoryMap::remembered(Database &db)
{
    const QJsonObject o = QJsonDocument::fromJson(db.meta(QLatin1String(kMetaKey)).toUtf8()).object();
    QSet<QString> known;
    for (const Category &c : CategoryService(db).tree())
        known.insert(c.id);
    HotlineCategoryMap out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (known.contains(it.value().toString()))
            out.set(it.key(), it.value().toString());
    return out;
}

Status HotlineCategoryMap::remember(Database &db, const HotlineCategoryMap &map)
{
    return writeTransaction<bool>(db, Permission::HandleCases,
                                  [&]() -> Result<bool> {
                                      QJsonObject o;
                                      for (auto it = map.m_ids.constBegin(); it != map.m_ids.constEnd(); ++it)
                                          o.insert(it.key(), it.value());
                                      const QString json =
                                          QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                                      if (db.meta(QLatin1String(kMetaKey)) == json)
                                          return true;
                                      if (Status s = db.setMeta(QLatin1String(kMetaKey), json); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd
