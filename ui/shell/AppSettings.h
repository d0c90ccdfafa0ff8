#pragma once
// The PC's own settings (not the data file's): language, data file, last operator. One table of
// keys and defaults; tests use a throwaway file instead of the user's settings.
#include <QSettings>

#include <memory>

namespace gdui {

class AppSettings
{
public:
    AppSettings();                                // the user's settings
    explicit AppSettings(const QString &iniFile); // a throwaway instance for tests

    QString language() const; // "" = follow the system, "zh_CN", "en"
    void setLanguage(const QString &lang);
    QString dataFile() const; // default: griddesk.sqlite in the standard data location
    void setDataFile(const QString &path);
    QString lastLogin() const;
    void setLastLogin(const QString &login);
    // The dashboard's pickers as they were left (scope, period, view, ranking), in its own words.
    QString dashboard() const;
    void setDashboard(const QString &choice);
    // The hub's connection string last opened (File → Open hub…), never a password.
    QString lastHub() const;
    void setLastHub(const QString &conninfo);
    static QString defaultDataFile();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace gdui
