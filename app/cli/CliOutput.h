#pragma once
// How griddesk-cli talks: UTF-8 on stdout for results (nothing but the JSON with --json),
// one line on stderr per refusal, and exit codes a script can branch on.
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gdcli {

// 0 success, 1 a user error (fixable by changing the command line), 2 a data problem (the
// file is not ours, damaged, newer, or `check` found problems in it).
enum Exit { Ok = 0, UserError = 1, DataError = 2 };

// Writes text to stdout as UTF-8, unchanged.
void print(const QString &text);
void printLine(const QString &line);
// The whole of stdout for --json: the document, indented, and a final newline.
void printJson(const QJsonValue &value);
// One line on stderr, "griddesk-cli: message"; returns exitCode so callers can `return fail(...)`.
int fail(int exitCode, const QString &message);
// The same line on stderr for something the command goes on after (a card printed incomplete).
void warn(const QString &message);

// Columns as a terminal shows them: a Chinese character takes two.
int displayWidth(const QString &text);
QString padded(const QString &text, int width);
// A header, a rule, then the rows, each column as wide as its widest cell.
void printTable(const QStringList &headers, const QList<QStringList> &rows, int indent = 0);
// "label   value" lines with the values aligned.
void printPairs(const QList<QPair<QString, QString>> &pairs, int indent = 0);

// JSON null for an empty reference (a vacant grid has no worker), the text otherwise.
QJsonValue textOrNull(const QString &text);

} // namespace gdcli
