#pragma once
// Opening the file a command names. Read commands never create a file; writing commands only
// fill a new or empty one, and take back a file they created when they fail.
#include "storage/Database.h"

#include <memory>

namespace gdcli {

// 1 for what the user can fix on the command line (no such file, a folder), 2 for the file itself.
int exitCodeFor(const gd::Error &error);

// An existing GridDesk file, or null after printing why (*exitCode set).
std::unique_ptr<gd::Database> openForReading(const QString &path, int *exitCode);

// A new or empty GridDesk file, signed in as the system actor: `init` and `demo` write only
// into files that hold nothing yet, so there is no one to sign in as.
class NewFile
{
public:
    // Null database after printing why (*exitCode set); command names the refusing command.
    static NewFile open(const QString &path, const QString &command, int *exitCode);
    ~NewFile();
    NewFile(NewFile &&) = default;

    gd::Database *db() const { return m_db.get(); }
    bool created() const { return m_created; }
    // Closes the file and, when this command created it, removes it (with its WAL files):
    // a failed command leaves no half-made file behind.
    void discard();

private:
    NewFile() = default;
    std::unique_ptr<gd::Database> m_db;
    QString m_path;
    bool m_created = false;
};

} // namespace gdcli
