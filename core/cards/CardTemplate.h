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
    QStringList fields = allFields();                // the parts shown, from allFields()

    bool shows(const QString &field) const { return fields.contains(field); }

    // photo, head, police, office, qr, property, repairs, hotline, supervision, duties, date
    static QStringList allFields();
    static QString fieldName(const QString &field);
    // The template of a file that never saved one: the translated defaults.
    static CardTemplate defaults();
    static CardTemplate load(Database &db);
    Error validate() const;
    Status save(Database &db) const;
};

} // namespace gd
