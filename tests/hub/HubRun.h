#pragma once
// The real griddesk-hub and griddesk-cli run as an administrator runs them, in the C locale and
// without GRIDDESK_HUB from the environment: what they print and the exit code.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

namespace gdtest {

struct HubRun {
    int exitCode = -1;
    QString out, err;
};

inline HubRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("GRIDDESK_HUB"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.waitForFinished(120000));
    HubRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QJsonValue json(const HubRun &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

inline HubRun runHub(const QStringList &arguments)
{
    return runProgram(QStringLiteral(GRIDDESK_HUB_PATH), arguments);
}

inline HubRun runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(GRIDDESK_CLI_PATH), arguments);
}

} // namespace gdtest
