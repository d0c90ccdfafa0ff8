#pragma once
// The office's card template: the title, two colours, a logo, the duties line and which parts
// of a card show. One per file, kept as JSON in the meta table; saving needs EditSettings.
#include "storage/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd {

class Database;

struct CardTemplate {
    QString title;                                   // 网格便民联系卡 by default
    QString headerColor = QStringLiteral("#b22222"); // the title band
    QString accentColor = QStringLiteral("#1f4e79"); // section labels and rules
    QByteArray logo;                                 // PNG or JPEG; none when empty
    QString duties;                                  // the worker's duties in one line
    // What a grid with no property company (无物业) prints on the property line.
    QString noPropertyText;
    // 网格承诺 for a grid that has none of its own.
    QString promise;
    QStringList fields = allFields(); // the parts shown, from allFields()
    // What the card is printed in, whatever language the window speaks: the residents read it.
    QString language = QStringLiteral("zh_CN"); // zh_CN or en

    bool shows(const QString &field) const { return fields.contains(field); }

    // photo, head, police, office, qr, property, repairs, team, hotline, supervision, duties, date
    static QStringList allFields();
    static QString fieldName(const QString &field);
    // The languages a card can be printed in, and each one's name in the UI language.
    static QStringList languages();
    static QString languageName(const QString &language);
    // The template of a file that never saved one: Chinese, with the default title and duties.
    static CardTemplate defaults();
    static CardTemplate load(Database &db);
    Error validate() const;
    Status save(Database &db) const;
};

} // namespace gd
