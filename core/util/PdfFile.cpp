#include "PdfFile.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace gd {

namespace {
Error unwritable(const QString &path, const QString &why)
{
    return Error::invalid(
        QStringLiteral("pdf"),
        QCoreApplication::translate("gd::PdfFile", "PDF file %1: it cannot be written (%2).").arg(path, why));
}
} // namespace

Status writePdfFile(const QString &path, const QString &title, const std::function<Status(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unwritable(path, file.errorString());
    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("GridDesk"));
        writer.setTitle(title);
        painted = paint(writer);
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return unwritable(path, file.errorString());
    return {};
}

} // namespace gd
