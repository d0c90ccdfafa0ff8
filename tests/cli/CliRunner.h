#pragma once
// Runs the real griddesk-cli binary the way a script would, and keeps what it printed. The
// tests link no GridDesk code: what they see is what a user's script sees.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace clitest {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// English messages and no password, whatever the machine running the tests has set.
inline QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GRIDDESK_PASSWORD"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// `input` is written to the command's stdin, which is then closed (--password-stdin).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = baseEnvironment(),
                     const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRIDDESK_CLI_PATH), arguments);
    INFO("griddesk-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Building the demo district takes seconds; a slow CI machine gets ample room.
    REQUIRE(process.waitForFinished(180000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The whole of stdout must be one JSON document: with --json nothing else may be printed.
inline QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO("JSON error: " << error.errorString().toStdString() << " at " << error.offset);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A user error: exit 1 and exactly one line on stderr, nothing on stdout.
inline void requireUserError(const CliRun &run)
{
    INFO("stderr: " << run.errText().toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.out.isEmpty());
}

// The environment of a command run by an operator: the password where griddesk-cli reads it.
inline QProcessEnvironment withPassword(const char *password)
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("GRIDDESK_PASSWORD"), QString::fromLatin1(password));
    return env;
}

// The JSON a successful --json command printed, nothing on stderr.
inline QJsonDocument jsonOf(const CliRun &run)
{
    INFO("stderr: " << run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    return parseJson(run.out);
}

// The receiving office's administrator ("admin") trusts the office that wrote `package`, after
// comparing the fingerprint the sending office shows (`office show`) with the package's.
inline void trustPackage(const QString &receiver, const QString &sender, const QString &package,
                         const char *adminPassword)
{
    const QString fingerprint = jsonOf(runCli({QStringLiteral("--db"), sender, QStringLiteral("office"),
                                               QStringLiteral("show"), QStringLiteral("--json")}))
                                    .object()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    REQUIRE_FALSE(fingerprint.isEmpty());
    const CliRun trusted = runCli({QStringLiteral("--db"), receiver, QStringLiteral("trust"), QStringLiteral("add"),
                                   QStringLiteral("--package"), package, QStringLiteral("--fingerprint"), fingerprint,
                                   QStringLiteral("--user"), QStringLiteral("admin")},
                                  withPassword(adminPassword));
    INFO(trusted.errText().toStdString());
    REQUIRE(trusted.exitCode == 0);
}

// A new office's file with its administrator "admin" / "admin-pass".
inline QString newOffice(const QTemporaryDir &dir, const QString &name)
{
    const QString db = dir.filePath(name);
    const CliRun init =
        runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
               withPassword("admin-pass"));
    INFO(init.errText().toStdString());
    REQUIRE(init.exitCode == 0);
    return db;
}

// A demo district with `cases` residents' requests in a fresh temporary file, made by the CLI.
struct DemoFile {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.griddesk"));
    explicit DemoFile(int cases)
    {
        const CliRun demo = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(cases)});
        INFO(demo.errText().toStdString());
        REQUIRE(demo.exitCode == 0);
    }
};

} // namespace clitest
