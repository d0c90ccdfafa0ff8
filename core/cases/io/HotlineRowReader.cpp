#include "HotlineRowReader.h"

#include "calendar/WorkCalendar.h"
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "org/BuildingService.h"
#include "storage/Database.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HotlineRowReader)
};

// Core field names (CaseService::validate) → the CSV field they come from.
QString importFieldOf(const QString &coreField)
{
    if (coreField == QLatin1String("received_ms"))
        return QStringLiteral("received");
    if (coreField == QLatin1String("category_id"))
        return QStringLiteral("category");
    if (coreField == QLatin1String("building_id") || coreField == QLatin1String("grid_id"))
        return QStringLiteral("address");
    return HotlineMapping::fields().contains(coreField) ? coreField : QString();
}

QString folded(const QString &text)
{
    return HotlineMapping::normalizeHeader(text);
}

// What the hotline writes for urgency and request type, besides GridDesk's own keys and names.
const QHash<QString, QString> &urgencyWords()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("一般"), QStringLiteral("normal")},
        {QStringLiteral("普通"), QStringLiteral("normal")},
        {QStringLiteral("正常"), QStringLiteral("normal")},
        {QStringLiteral("常规"), QStringLiteral("normal")},
        {QStringLiteral("紧急"), QStringLiteral("urgent")},
        {QStringLiteral("急"), QStringLiteral("urgent")},
        {QStringLiteral("较急"), QStringLiteral("urgent")},
        {QStringLiteral("加急"), QStringLiteral("urgent")},
        {QStringLiteral("特急"), QStringLiteral("emergency")},
        {QStringLiteral("特别紧急"), QStringLiteral("emergency")},
        {QStringLiteral("非常紧急"), QStringLiteral("emergency")},
    };
    return words;
}

const QHash<QString, QString> &typeWords()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("咨询"), QStringLiteral("consultation")},
        {QStringLiteral("求助"), QStringLiteral("help")},
        {QStringLiteral("求决"), QStringLiteral("help")},
        {QStringLiteral("诉求"), QStringLiteral("help")},
        {QStringLiteral("其他"), QStringLiteral("help")},
        {QStringLiteral("投诉"), QStringLiteral("complaint")},
        {QStringLiteral("举报"), QStringLiteral("report")},
        {QStringLiteral("反映"), QStringLiteral("report")},
        {QStringLiteral("建议"), QStringLiteral("suggestion")},
        {QStringLiteral("意见"), QStringLiteral("suggestion")},
        {QStringLiteral("意见建议"), QStringLiteral("suggestion")},
        {QStringLiteral("表扬"), QStringLiteral("praise")},
        {QStringLiteral("感谢"), QStringLiteral("praise")},
    };
    return words;
}

// A key of `keys` by the key itself, its display name, or one of the hotline's words.
QString choiceFor(const QString &text, const QStringList &keys, QString (*name)(const QString &),
                  const QHash<QString, QString> &words)
{
    const QString t = folded(text);
    for (const QString &k : keys)
        if (t == folded(k) || t == folded(name(k)))
            return k;
    for (auto it = words.constBegin(); it != words.constEnd(); ++it)
        if (t == folded(it.key()))
            return it.value();
    return {};
}

} // namespace

HotlineRowReader::HotlineRowReader(Database &db, const QStringList &headers, const HotlineMapping &mapping,
                                   const HotlineCategoryMap &categories)
    : m_db(db)
    , m_mapping(mapping)
    , m_categories(categories)
    , m_headerCount(int(headers.size()))
    , m_addresses(db)
{
    for (const QString &field : HotlineMapping::fields()) {
        const QString column = mapping.column(field);
        if (column.isEmpty())
            continue;
        for (int i = 0; i < headers.size(); ++i)
            if (HotlineMapping::normalizeHeader(headers.at(i)) == HotlineMapping::normalizeHeader(column)) {
                m_index.insert(field, i);
                break;
            }
    }
    QHash<QString, QString> nameOf;
    for (const Category &c : CategoryService(db).tree()) {
        nameOf.insert(c.id, folded(c.name));
        m_categoryByKey.insert(c.code, c.id);
        if (!m_categoryByKey.contains(folded(c.name)))
            m_categoryByKey.insert(folded(c.name), c.id);
        if (!c.parentId.isEmpty())
            m_childByPath.insert(nameOf.value(c.parentId) + QChar(0x1F) + folded(c.name), c.id);
        if (c.code == QLatin1String("13"))
            m_otherCategory = c.id;
    }
}

QString HotlineRowReader::cell(const CsvRecord &record, const QString &field) const
{
    const int i = m_index.value(field, -1);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

QStringList HotlineRowReader::cells(const CsvRecord &record) const
{
    QStringList out;
    for (const QString &field : HotlineMapping::fields())
        out << cell(record, field);
    return out;
}

HotlineNote HotlineRowReader::refusal(const CsvRecord &record, const QString &field, const QString &reason) const
{
    HotlineNote n;
    n.line = record.line;
    n.field = field;
    n.column = field.isEmpty() ? QString() : m_mapping.column(field);
    n.reason = reason;
    return n;
}

qint64 HotlineRowReader::parseTime(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:(?:\\s+|T)(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?\\s*分?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = form.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!m.hasMatch())
        return 0;
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return 0;
    QTimeZone zone = WorkCalendar::zone();
    const QString z = m.captured(7);
    if (z == QLatin1String("Z"))
        zone = QTimeZone::utc();
    else if (!z.isEmpty()) {
        const QString digits = QString(z).remove(QLatin1Char(':'));
        const int minutes = digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt();
        zone = QTimeZone((z.startsWith(QLatin1Char('-')) ? -1 : 1) * minutes * 60);
    }
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

QString HotlineRowReader::categoryFor(const QString &text) const
{
    const QString whole = folded(text);
    if (m_categoryByKey.contains(whole))
        return m_categoryByKey.value(whole);
    // "公用事业/供暖", "公用事业-供暖", "公用事业>供暖": the leaf under its parent, else any part
    // that names a category from the most specific end, so a leaf GridDesk lacks falls back to
    // its parent.
    static const QRegularExpression separators(QStringLiteral("[/\\\\>|、\\-—]+"));
    QStringList parts = whole.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    const QString path = parts.first() + QChar(0x1F) + parts.last();
    if (m_childByPath.contains(path))
        return m_childByPath.value(path);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it)
        if (m_categoryByKey.contains(*it))
            return m_categoryByKey.value(*it);
    return {};
}

bool HotlineRowReader::knowsCategory(const QString &text) const
{
    return text.trimmed().isEmpty() || !m_categories.categoryFor(text).isEmpty() || !categoryFor(text).isEmpty();
}

HotlineRowReader::Read HotlineRowReader::read(const CsvRecord &record) const
{
    Read out;
    Case &c = out.draft;
    c.channel = QStringLiteral("hotline_12345");
    auto refuse = [&](const QString &field, const QString &reason) { out.refusals << refusal(record, field, reason); };
    auto label = [](const char *field) { return HotlineMapping::label(QLatin1String(field)); };

    for (int i = m_headerCount; i < record.fields.size(); ++i)
        if (!record.fields.at(i).trimmed().isEmpty()) {
            refuse({}, Text::tr("The line has %1 cells but the header only %2: check its quotes.")
                           .arg(record.fields.size())
                           .arg(m_headerCount));
            break;
        }

    c.hotlineOrder = cell(record, QStringLiteral("hotline_order"));
    if (Error e = check::requiredText(QStringLiteral("hotline_order"), label("hotline_order"), c.hotlineOrder, 40);
        e.isError())
        refuse(QStringLiteral("hotline_order"), e.message);

    const QString received = cell(record, QStringLiteral("received"));
    c.receivedMs = received.isEmpty() ? m_db.nowMs() : parseTime(received);
    if (c.receivedMs == 0)
        refuse(QStringLiteral("received"), Text::tr("%1: \"%2\" is not a date and time (write it as 2026-03-02 14:05).")
                                               .arg(label("received"), received));
    else if (c.receivedMs > m_db.nowMs() + 5 * 60 * 1000) // the same slack as CaseService::validate
        refuse(QStringLiteral("received"), Text::tr("%1: %2 is in the future.").arg(label("received"), received));

    c.reporterName = cell(record, QStringLiteral("reporter_name"));
    // The hotline keeps the caller's identity; an order without a name reaches the office anonymous.
    if (c.reporterName.isEmpty() || c.reporterName == QStringLiteral("匿名")) {
        c.reporterName.clear();
        c.anonymous = true;
    }
    if (Error e = check::optionalText(QStringLiteral("reporter_name"), label("reporter_name"), c.reporterName, 30);
        e.isError())
        refuse(QStringLiteral("reporter_name"), e.message);

    c.reporterPhone = cell(record, QStringLiteral("reporter_phone"));
    if (Error e = check::phone(QStringLiteral("reporter_phone"), label("reporter_phone"), c.reporterPhone, false);
        e.isError())
        refuse(QStringLiteral("reporter_phone"), e.message);

    c.address = cell(record, QStringLiteral("address"));
    if (Error e = check::optionalText(QStringLiteral("address"), label("address"), c.address, 200); e.isError())
        refuse(QStringLiteral("address"), e.message);
    else if (!c.address.isEmpty()) {
        // Only a sure match places the case: the address itself, or a stored address inside it
        // ("三明南路2号3单元201" → "三明南路2号"), and no other building as good. A file names the
        // same addresses again and again: each is looked up once (the lookup reads every address).
        auto known = m_buildingOf.constFind(c.address);
        if (known == m_buildingOf.constEnd()) {
            const QList<AddressMatch> matches = m_addresses.lookup(c.address, 2);
            const bool sure = !matches.isEmpty() && matches.first().score >= 50 &&
                              (matches.size() < 2 || matches.at(1).score < matches.first().score);
            known = m_buildingOf.insert(c.address, sure ? matches.first().buildingId : QString());
        }
        c.buildingId = known.value();
    }

    c.description = cell(record, QStringLiteral("description"));
    if (Error e = check::requiredText(QStringLiteral("description"), label("description"), c.description,
                                      CaseService::kMaxDescription, true);
        e.isError())
        refuse(QStringLiteral("description"), e.message);
    c.request = cell(record, QStringLiteral("request"));
    if (Error e =
            check::optionalText(QStringLiteral("request"), label("request"), c.request, CaseService::kMaxRequest, true);
        e.isError())
        refuse(QStringLiteral("request"), e.message);

    // The office's own answer first (a hotline text may also read like one of our names), then
    // our codes and names; a category neither names is imported under 其他 and flagged.
    const QString category = cell(record, QStringLiteral("category"));
    c.categoryId = m_categories.categoryFor(category);
    out.mappedCategory = !c.categoryId.isEmpty();
    if (c.categoryId.isEmpty())
        c.categoryId = category.isEmpty() ? m_otherCategory : categoryFor(category);
    if (c.categoryId.isEmpty() && !m_otherCategory.isEmpty()) {
        c.categoryId = m_otherCategory;
        out.unmappedCategory = category;
    }
    if (c.categoryId.isEmpty())
        refuse(QStringLiteral("category"), category.isEmpty()
                                               ? Text::tr("%1: is required.").arg(label("category"))
                                               : Text::tr("%1: \"%2\" is not a category on file, and the file has no "
                                                          "category Other (13) to put it under.")
                                                     .arg(label("category"), category));

    const QString urgency = cell(record, QStringLiteral("urgency"));
    if (!urgency.isEmpty()) {
        c.urgency = choiceFor(urgency, cases::urgencies(), cases::urgencyName, urgencyWords());
        if (c.urgency.isEmpty())
            refuse(QStringLiteral("urgency"),
                   Text::tr("%1: \"%2\" is not an urgency (一般, 紧急 or 特急).").arg(label("urgency"), urgency));
    }
    const QString type = cell(record, QStringLiteral("request_type"));
    if (!type.isEmpty()) {
        c.requestType = choiceFor(type, cases::requestTypes(), cases::requestTypeName, typeWords());
        if (c.requestType.isEmpty())
            refuse(QStringLiteral("request_type"),
                   Text::tr("%1: \"%2\" is not a request type (咨询, 求助, 投诉, 举报, 建议 or 表扬).")
                       .arg(label("request_type"), type));
    }

    // The service's own rules are the last word, so an import never takes what the desk would refuse.
    if (out.refusals.isEmpty())
        if (Error e = CaseService(m_db).validate(c); e.isError())
            refuse(importFieldOf(e.field), e.message);
    return out;
}

} // namespace gd
