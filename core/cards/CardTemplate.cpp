#include "CardTemplate.h"

#include "storage/ServiceSupport.h"
#include "util/Language.h"
#include "util/Validate.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::CardTemplate)
};
const char *const kKey = "card_template";
// A logo is printed a few centimetres wide: more than this is a photo chosen by mistake.
constexpr int kMaxLogoBytes = 512 * 1024;

QJsonObject toJson(const CardTemplate &t)
{
    return {{QStringLiteral("title"), t.title},
            {QStringLiteral("header_color"), t.headerColor},
            {QStringLiteral("accent_color"), t.accentColor},
            {QStringLiteral("logo"), QString::fromLatin1(t.logo.toBase64())},
            {QStringLiteral("duties"), t.duties},
            {QStringLiteral("no_property_text"), t.noPropertyText},
            {QStringLiteral("promise"), t.promise},
            {QStringLiteral("fields"), QJsonArray::fromStringList(t.fields)},
            {QStringLiteral("language"), t.language}};
}
} // namespace

QStringList CardTemplate::allFields()
{
    return {QStringLiteral("photo"),       QStringLiteral("head"),   QStringLiteral("police"),
            QStringLiteral("office"),      QStringLiteral("qr"),     QStringLiteral("property"),
            QStringLiteral("repairs"),     QStringLiteral("team"),   QStringLiteral("hotline"),
            QStringLiteral("supervision"), QStringLiteral("duties"), QStringLiteral("date")};
}

QString CardTemplate::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Worker's photo")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Grid head")},
        {QStringLiteral("police"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Police officer")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Community office and WeChat")},
        {QStringLiteral("qr"), QT_TRANSLATE_NOOP("gd::CardTemplate", "QR code")},
        {QStringLiteral("property"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Property company")},
        {QStringLiteral("repairs"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Repair numbers")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("gd::CardTemplate", "1+1+N team (building leaders, volunteers)")},
        {QStringLiteral("hotline"), QT_TRANSLATE_NOOP("gd::CardTemplate", "12345 hotline")},
        {QStringLiteral("supervision"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Supervision phone")},
        {QStringLiteral("duties"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Duties")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("gd::CardTemplate", "Date printed")},
    };
    return names.contains(field) ? Text::tr(names.value(field)) : field;
}

QStringList CardTemplate::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString CardTemplate::languageName(const QString &language)
{
    return language == QLatin1String("en") ? Text::tr("English") : Text::tr("Chinese");
}

CardTemplate CardTemplate::defaults()
{
    CardTemplate t;
    t.title =
        language::translate(t.language, "gd::CardTemplate", QT_TRANSLATE_NOOP("gd::CardTemplate", "Grid contact card"));
    t.duties = language::translate(
        t.language, "gd::CardTemplate",
        QT_TRANSLATE_NOOP("gd::CardTemplate", "Visits households, collects information, mediates disputes, finds "
                                              "hazards and helps residents with their requests."));
    t.noPropertyText = language::translate(
        t.language, "gd::CardTemplate",
        QT_TRANSLATE_NOOP("gd::CardTemplate", "No property company: report shared repairs to the community office"));
    t.promise = language::translate(
        t.language, "gd::CardTemplate",
        QT_TRANSLATE_NOOP("gd::CardTemplate", "Every call answered, every difficulty helped, within 24 hours"));
    return t;
}

CardTemplate CardTemplate::load(Database &db)
{
    CardTemplate t = defaults();
    const QJsonObject o = QJsonDocument::fromJson(db.meta(QLatin1String(kKey)).toUtf8()).object();
    if (o.isEmpty())
        return t;
    t.title = o.value(QStringLiteral("title")).toString(t.title);
    t.headerColor = o.value(QStringLiteral("header_color")).toString(t.headerColor);
    t.accentColor = o.value(QStringLiteral("accent_color")).toString(t.accentColor);
    t.logo = QByteArray::fromBase64(o.value(QStringLiteral("logo")).toString().toLatin1());
    t.duties = o.value(QStringLiteral("duties")).toString(t.duties);
    t.noPropertyText = o.value(QStringLiteral("no_property_text")).toString(t.noPropertyText);
    t.promise = o.value(QStringLiteral("promise")).toString(t.promise);
    t.language = o.value(QStringLiteral("language")).toString(t.language);
    if (o.contains(QStringLiteral("fields"))) {
        t.fields.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray())
            if (allFields().contains(v.toString()))
                t.fields << v.toString();
    }
    return t;
}

Error CardTemplate::validate() const
{
    if (Error e = check::requiredText(QStringLiteral("title"), Text::tr("Card title"), title, 30); e.isError())
        return e;
    for (const auto &[field, label, value] : {std::tuple{"header_color", Text::tr("Title colour"), headerColor},
                                              std::tuple{"accent_color", Text::tr("Accent colour"), accentColor}})
        if (!QColor::isValidColorName(value))
            return Error::invalid(QString::fromLatin1(field),
                                  Text::tr("%1: '%2' is not a colour; write it as #RRGGBB.").arg(label, value));
    if (logo.size() > kMaxLogoBytes)
        return Error::invalid(QStringLiteral("logo"),
                              Text::tr("Logo: the image is larger than 512 KB; choose a smaller one."));
    if (!logo.isEmpty() && QImage::fromData(logo).isNull())
        return Error::invalid(QStringLiteral("logo"), Text::tr("Logo: the file is not a PNG or JPEG image."));
    if (!languages().contains(language))
        return Error::invalid(
            QStringLiteral("language"),
            Text::tr("Card language: '%1' is not one cards are printed in (zh_CN or en).").arg(language));
    if (Error e = check::optionalText(QStringLiteral("duties"), Text::tr("Duties"), duties, 160, true); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("promise"), Text::tr("Grid promise"), promise, 100); e.isError())
        return e;
    if (Error e = check::optionalText(QStringLiteral("no_property_text"), Text::tr("Without a property company"),
                                      noPropertyText, 100);
        e.isError())
        return e;
    for (const QString &f : fields)
        if (!allFields().contains(f))
            return Error::invalid(QStringLiteral("fields"),
                                  Text::tr("Fields shown: '%1' is not a part of the card.").arg(f));
    return {};
}

Status CardTemplate::save(Database &db) const
{
    return writeTransaction<bool>(
               db, Permission::EditSettings,
               [&]() -> Result<bool> {
                   if (Error e = validate(); e.isError())
                       return e;
                   const QString before = db.meta(QLatin1String(kKey));
                   const QString after = QString::fromUtf8(QJsonDocument(toJson(*this)).toJson(QJsonDocument::Compact));
                   if (before == after)
                       return true;
                   if (Status s = db.setMeta(QLatin1String(kKey), after); !s)
                       return s.error();
                   // The logo is left out of the audit: its bytes tell a reader nothing.
                   QJsonObject was = QJsonDocument::fromJson(before.toUtf8()).object(), now = toJson(*this);
                   was.remove(QStringLiteral("logo"));
                   now.remove(QStringLiteral("logo"));
                   if (Status s = audit::record(db, db.nextStamp(), QStringLiteral("update"), QStringLiteral("meta"),
                                                QLatin1String(kKey), was.toVariantMap(), now.toVariantMap());
                       !s)
                       return s.error();
                   return true;
               })
        .status();
}

} // namespace gd
