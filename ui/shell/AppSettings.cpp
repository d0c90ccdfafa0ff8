#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace gdui {

namespace {
const char kLanguage[] = "ui/language";
const char kDataFile[] = "data/file";
const char kLastLogin[] = "session/lastLogin";
const char kLastHub[] = "hub/conninfo";
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("GridDesk"), QStringLiteral("GridDesk")))
{}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString AppSettings::defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("griddesk.sqlite"));
}

QString AppSettings::language() const
{
    return m_settings->value(QLatin1String(kLanguage)).toString();
}
void AppSettings::setLanguage(const QString &lang)
{
    m_settings->setValue(QLatin1String(kLanguage), lang);
}
QString AppSettings::dataFile() const
{
    return m_settings->value(QLatin1String(kDataFile), defaultDataFile()).toString();
}
void AppSettings::setDataFile(const QString &path)
{
    m_settings->setValue(QLatin1String(kDataFile), path);
}
QString AppSettings::lastLogin() const
{
    return m_settings->value(QLatin1String(kLastLogin)).toString();
}
void AppSettings::setLastLogin(const QString &login)
{
    m_settings->setValue(QLatin1String(kLastLogin), login);
}

QString AppSettings::lastHub() const
{
    return m_settings->value(QLatin1String(kLastHub)).toString();
}
void AppSettings::setLastHub(const QString &conninfo)
{
    m_settings->setValue(QLatin1String(kLastHub), conninfo);
}

QString AppSettings::dashboard() const
{
    return m_settings->value(QStringLiteral("dashboard")).toString();
}
void AppSettings::setDashboard(const QString &choice)
{
    m_settings->setValue(QStringLiteral("dashboard"), choice);
}

} // namespace gdui
