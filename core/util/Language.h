#pragma once
// Chooses the UI language: Chinese when asked (--lang zh_CN) or when the system locale is
// Chinese; English otherwise. Loads GridDesk's own translation and Qt's.
#include <QString>

class QCoreApplication;

namespace gd::language {

// "zh_CN" or "en": an explicit choice wins, then LANGUAGE/LC_ALL/LANG, then the system locale.
QString choose(const QString &requested);
// Installs the translators for lang on the application; false when lang is unknown.
bool install(const QString &lang);
// Removes what install() added (tests, and a language switch without restarting).
void uninstall();
// The text in `lang` ("zh_CN" or "en") whatever language the window speaks: for what is printed
// for residents in the office's chosen language (contact cards). The source text for English.
QString translate(const QString &lang, const char *context, const char *source);

} // namespace gd::language
