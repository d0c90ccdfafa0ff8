#pragma once
// The test machine's tools that read what GridDesk writes (griddesk.sh installs them): pdftotext
// for a PDF's text, unzip for a workbook's parts, pdftoppm and zbarimg for pictures and codes.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace gdtest {

// A tool's output, failing the test (with the tool's stderr) when it is missing or fails.
inline QString run(const QString &program, const QStringList &arguments)
{
    INFO(program.toStdString() << " is missing: griddesk.sh installs it");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

// One part of a workbook (xl/sharedStrings.xml, xl/worksheets/sheet1.xml …).
inline QString xlsxMember(const QString &xlsx, const QString &name)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
}

} // namespace gdtest
