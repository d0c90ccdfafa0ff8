#include "CliOutput.h"

#include "util/Validate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gdcli {

namespace {

// East Asian wide and fullwidth ranges (Unicode UAX #11), enough for names, headers and
// punctuation in Chinese text; everything else counts as one column.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// A terminal never gets a raw control character or direction override from a record (one could
// move the cursor, clear the screen or show a text backwards): each becomes U+FFFD. Line breaks
// and tabs are the output's own.
QString shown(QString text)
{
    for (QChar &c : text)
        if (c != QLatin1Char('\n') && c != QLatin1Char('\t') && gd::check::forbiddenCharacter(QString(c), false) == 0)
            c = QChar(0xFFFD);
    return text;
}

// JSON escapes control characters itself; the direction overrides are written as \uXXXX too.
QByteArray escapedOverrides(QByteArray json)
{
    for (char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
        json.replace(QString(QChar(c)).toUtf8(), QStringLiteral("\\u%1").arg(uint(c), 4, 16).toLatin1());
    return json;
}

} // namespace

void print(const QString &text)
{
    write(stdout, shown(text).toUtf8());
}

void printLine(const QString &line)
{
    write(stdout, shown(line).toUtf8() + '\n');
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, escapedOverrides(doc.toJson(QJsonDocument::Indented)));
    std::fflush(stdout);
}

int fail(int exitCode, const QString &message)
{
    warn(message);
    return exitCode;
}

void warn(const QString &message)
{
    // Scripts read the first stderr line; messages from core may carry a driver's newline.
    QString line = message.simplified();
    std::fflush(stdout);
    write(stderr, shown(QCoreApplication::applicationName() + QStringLiteral(": ") + line).toUtf8() + '\n');
    std::fflush(stderr);
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

void printTable(const QStringList &headers, const QList<QStringList> &rows, int indent)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    const QString margin(indent, QLatin1Char(' '));
    auto line = [&](const QStringList &cells) {
        QString text = margin;
        for (int i = 0; i < cells.size(); ++i) {
            // The last column is not padded, so lines carry no trailing blanks.
            text += i + 1 < cells.size() ? padded(cells.at(i), widths.at(i)) + QStringLiteral("  ") : cells.at(i);
        }
        while (text.endsWith(QLatin1Char(' '))) // an empty last cell
            text.chop(1);
        printLine(text);
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
}

void printPairs(const QList<QPair<QString, QString>> &pairs, int indent)
{
    int width = 0;
    for (const auto &p : pairs)
        width = qMax(width, displayWidth(p.first));
    const QString margin(indent, QLatin1Char(' '));
    for (const auto &p : pairs)
        printLine(margin + padded(p.first, width) + QStringLiteral("  ") + p.second);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace gdcli
