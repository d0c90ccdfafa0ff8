#include "HotlineMapping.h"

#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HotlineMapping)
};

struct FieldDef {
    const char *key;
    const char *label;
    bool required;
    const char *headers; // '|'-separated, as the hotline's and common English exports name them
};

const FieldDef kFields[] = {
    {"hotline_order", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Hotline order number"), true,
     "工单编号|工单号|工单号码|工单编码|受理编号|编号|hotline order|order number|order no|order|ticket"},
    {"received", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Time received"), false,
     "来电时间|受理时间|登记时间|接件时间|创建时间|received|received at|call time|time"},
    {"reporter_name", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Reporter's name"), false,
     "来电人|诉求人|联系人|来电人姓名|反映人|姓名|reporter|reporter name|caller|name"},
    {"reporter_phone", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Reporter's phone"), false,
     "联系电话|来电号码|来电电话|联系方式|手机号码|电话|reporter phone|phone|telephone|caller phone"},
    {"address", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Address"), false,
     "诉求地址|事发地址|地址|事发地点|问题地址|address|location"},
    {"description", QT_TRANSLATE_NOOP("gd::HotlineMapping", "What happened"), true,
     "诉求内容|问题描述|工单内容|来电内容|内容|description|content|details"},
    {"request", QT_TRANSLATE_NOOP("gd::HotlineMapping", "What the resident asks for"), false,
     "诉求目的|诉求|诉求要求|市民诉求|request|demand"},
    {"category", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Category"), false,
     "问题分类|诉求分类|分类|类别|业务分类|category"},
    {"urgency", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Urgency"), false, "紧急程度|缓急程度|urgency|priority"},
    {"request_type", QT_TRANSLATE_NOOP("gd::HotlineMapping", "Request type"), false,
     "诉求类型|工单类型|来电类型|request type|type"},
};

const FieldDef *find(const QString &field)
{
    for (const FieldDef &f : kFields)
        if (field == QLatin1String(f.key))
            return &f;
    return nullptr;
}

Error unknownField(const QString &field)
{
    return Error::invalid(QStringLiteral("mapping"),
                          Text::tr("Mapping: '%1' is not a field; the fields are %2.")
                              .arg(field, HotlineMapping::fields().join(QStringLiteral(", "))));
}

// The header as the file spells it, when the file has it.
QString headerIn(const QStringList &headers, const QString &wanted)
{
    const QString n = HotlineMapping::normalizeHeader(wanted);
    for (const QString &h : headers)
        if (!n.isEmpty() && HotlineMapping::normalizeHeader(h) == n)
            return h;
    return {};
}

} // namespace

QStringList HotlineMapping::fields()
{
    QStringList out;
    for (const FieldDef &f : kFields)
        out << QString::fromLatin1(f.key);
    return out;
}

QStringList HotlineMapping::requiredFields()
{
    QStringList out;
    for (const FieldDef &f : kFields)
        if (f.required)
            out << QString::fromLatin1(f.key);
    return out;
}

bool HotlineMapping::isRequired(const QString &field)
{
    const FieldDef *f = find(field);
    return f && f->required;
}

QString HotlineMapping::label(const QString &field)
{
    const FieldDef *f = find(field);
    return f ? QCoreApplication::translate("gd::HotlineMapping", f->label) : field;
}

QStringList HotlineMapping::knownHeaders(const QString &field)
{
    const FieldDef *f = find(field);
    return f ? QString::fromUtf8(f->headers).split(QLatin1Char('|')) : QStringList();
}

void HotlineMapping::setColumn(const QString &field, const QString &header)
{
    m_columns.insert(field, header.trimmed());
}

HotlineMapping HotlineMapping::overriddenBy(const HotlineMapping &other) const
{
    HotlineMapping out = *this;
    for (auto it = other.m_columns.constBegin(); it != other.m_columns.constEnd(); ++it)
        out.m_columns.insert(it.key(), it.value());
    return out;
}

QString HotlineMapping::normalizeHeader(const QString &header)
{
    QString n = header.normalized(QString::NormalizationForm_KC).toLower();
    n.remove(QChar(0xFEFF));
    QString out;
    for (QChar c : n)
        if (!c.isSpace() && c != QLatin1Char('*') && c != QLatin1Char(':'))
            out += c;
    return out;
}

HotlineMapping HotlineMapping::guess(const QStringList &headers)
{
    HotlineMapping m;
    QStringList taken;
    for (const FieldDef &f : kFields) {
        for (const QString &known : QString::fromUtf8(f.headers).split(QLatin1Char('|'))) {
            const QString h = headerIn(headers, known);
            if (!h.isEmpty() && !taken.contains(h)) {
                m.m_columns.insert(QString::fromLatin1(f.key), h);
                taken << h;
                break;
            }
        }
    }
    return m;
}

HotlineMapping HotlineMapping::resolvedFor(const QStringList &headers) const
{
    HotlineMapping out;
    QStringList taken;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.value().isEmpty()) { // chosen to stay empty: not guessed again
            out.m_columns.insert(it.key(), QString());
            continue;
        }
        const QString h = headerIn(headers, it.value());
        if (!h.isEmpty()) {
            out.m_columns.insert(it.key(), h);
            taken << h;
        }
    }
    const HotlineMapping guessed = guess(headers);
    for (const QString &field : fields())
        if (!out.m_columns.contains(field) && guessed.m_columns.contains(field) &&
            !taken.contains(guessed.m_columns.value(field)))
            out.m_columns.insert(field, guessed.m_columns.value(field));
    return out;
}

QStringList HotlineMapping::missingFields(const QStringList &headers) const
{
    QStringList out;
    for (const QString &field : fields()) {
        const QString h = m_columns.value(field);
        if (h.isEmpty() ? isRequired(field) : headerIn(headers, h).isEmpty())
            out << field;
    }
    return out;
}

QString HotlineMapping::describeMissing(const QStringList &missing) const
{
    QStringList parts;
    for (const QString &field : missing) {
        const QString h = m_columns.value(field);
        parts << QStringLiteral("%1 (%2)").arg(label(field), h.isEmpty() ? knownHeaders(field).first() : h);
    }
    return parts.join(QStringLiteral(", "));
}

QString HotlineMapping::toJson() const
{
    QJsonObject o;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<HotlineMapping> HotlineMapping::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(
            QStringLiteral("mapping"),
            Text::tr("Mapping: not a JSON object of field names and column headers (%1).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : Text::tr("not an object")));
    HotlineMapping m;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!find(it.key()))
            return unknownField(it.key());
        if (!it.value().isString())
            return Error::invalid(QStringLiteral("mapping"),
                                  Text::tr("Mapping: the column of '%1' must be a text.").arg(it.key()));
        m.setColumn(it.key(), it.value().toString().trimmed());
    }
    return m;
}

Result<HotlineMapping> HotlineMapping::fromSpec(const QString &spec)
{
    HotlineMapping m;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (part.trimmed().isEmpty())
            continue;
        if (eq < 0)
            return Error::invalid(QStringLiteral("mapping"),
                                  Text::tr("Mapping: '%1' is not written as field=Header.").arg(part.trimmed()));
        const QString field = part.left(eq).trimmed();
        if (!find(field))
            return unknownField(field);
        m.setColumn(field, part.mid(eq + 1).trimmed());
    }
    return m;
}

HotlineMapping HotlineMapping::remembered(const Database &db)
{
    auto m = fromJson(db.meta(QString::fromLatin1(kMetaKey)).toUtf8());
    return m ? m.value() : HotlineMapping();
}

Status HotlineMapping::remember(Database &db, const HotlineMapping &mapping)
{
    return writeTransaction<bool>(db, Permission::HandleCases,
                                  [&]() -> Result<bool> {
                                      const QString json = mapping.toJson();
                                      if (db.meta(QString::fromLatin1(kMetaKey)) == json)
                                          return true;
                                      if (Status s = db.setMeta(QString::fromLatin1(kMetaKey), json); !s)
                                          return s.error();
                                      return true;
                                  })
        .status();
}

} // namespace gd
