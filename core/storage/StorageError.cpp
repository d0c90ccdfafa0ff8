#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace gd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::Storage)
};

} // namespace

Error storageError(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error::make(ErrorKind::Data, Text::tr("The disk holding the file is full: free some space and try "
                                                     "again. Nothing of this change was saved. (%1)")
                                                .arg(detail));
    case SQLITE_READONLY:
        return Error::make(ErrorKind::Data, Text::tr("The file is read-only (a read-only file, folder or medium): it "
                                                     "can be read, not changed. Copy it to a folder you may write to. "
                                                     "(%1)")
                                                .arg(detail));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::make(ErrorKind::Data,
                           Text::tr("The system refused access to the file (permission denied). (%1)").arg(detail));
    case SQLITE_CANTOPEN:
        return Error::make(ErrorKind::Data, Text::tr("The file, or the folder it is in, cannot be opened for writing: "
                                                     "check the permissions and that the medium is not read-only. (%1)")
                                                .arg(detail));
    case SQLITE_IOERR:
        return Error::make(ErrorKind::Data, Text::tr("The disk reported an input/output error (a failing disk or a "
                                                     "removed medium?). Nothing of this change was saved. (%1)")
                                                .arg(detail));
    default: return Error::make(ErrorKind::Internal, detail);
    }
}

Error storageError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return storageError(ok ? code : SQLITE_ERROR, error.text());
}

} // namespace gd
