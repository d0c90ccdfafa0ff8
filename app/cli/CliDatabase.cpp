#include "CliDatabase.h"

#include "CliOutput.h"
#include "cases/CaseSearchIndex.h"
#include "schema/HealthCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gdcli {

// A scripted office has no idle time: the search index's upkeep runs one bounded step after
// each commit that changed cases, between that write and the next (CaseSearchIndex.h).
static void keepIndexTidy(gd::Database &db)
{
    QObject::connect(&db, &gd::Database::changed, &db,
                     [&db](const QStringList &tables) { gd::tidyAfterWrite(db, tables); });
}

int exitCodeFor(const gd::Error &error)
{
    switch (error.kind) {
    case gd::ErrorKind::Data:
    case gd::ErrorKind::Internal: return DataError;
    default: return UserError;
    }
}

std::unique_ptr<gd::Database> openForReading(const QString &path, int *exitCode)
{
    // The core treats an empty file as an empty database and would write a schema into it;
    // a command that only reads must leave the file as it found it.
    const QFileInfo info(path);
    if (info.isFile() && info.size() == 0) {
        *exitCode = fail(DataError, QCoreApplication::translate("gdcli", "%1 is empty, so it is not a GridDesk file "
                                                                         "yet; make one with init or demo.")
                                        .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    gd::Database::Options options;
    options.create = false;
    auto opened = gd::Database::open(path, options);
    if (!opened) {
        *exitCode = fail(exitCodeFor(opened.error()), opened.message());
        return nullptr;
    }
    keepIndexTidy(*opened.value());
    // Another program's merge may hold the file for minutes: say once that the command waits.
    opened.value()->setWaitNotifier([said = false](qint64) mutable {
        if (said)
            return;
        said = true;
        warn(QCoreApplication::translate("gdcli", "waiting for another program to finish writing to the file (a "
                                                  "merge, perhaps)…"));
    });
    *exitCode = Ok;
    return std::move(opened.value());
}

NewFile NewFile::open(const QString &path, const QString &command, int *exitCode)
{
    NewFile file;
    file.m_path = path;
    file.m_created = !QFileInfo::exists(path);
    gd::Database::Options options;
    options.create = true;
    auto opened = gd::Database::open(path, options);
    if (!opened) {
        *exitCode = fail(exitCodeFor(opened.error()), opened.message());
        return file;
    }
    file.m_db = std::move(opened.value());
    if (gd::HealthCheck(*file.m_db).holdsData()) {
        file.m_db.reset();
        *exitCode = fail(UserError, QCoreApplication::translate("gdcli", "%1 already holds data; %2 writes only into a "
                                                                         "new or empty file, so it was left as it is.")
                                        .arg(QDir::toNativeSeparators(path), command));
        return file;
    }
    file.m_db->setActor(gd::Actor::system());
    keepIndexTidy(*file.m_db);
    *exitCode = Ok;
    return file;
}

NewFile::~NewFile() = default;

void NewFile::discard()
{
    m_db.reset();
    if (!m_created)
        return;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    m_created = false;
}

} // namespace gdcli
