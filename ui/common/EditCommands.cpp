#include "EditCommands.h"

#include "MessageBox.h"
#include "RecordedEdit.h"
#include "storage/Database.h"
#include "storage/EditRecord.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace gdui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gdui::EditCommands", text);
}

RecordedEdit::Reporter reporterFor(QWidget *parent)
{
    return [parent](const QString &message) { MessageBox::warning(parent, tr("Could not undo or redo"), message); };
}

void pushRecorded(const AppContext &ctx, QWidget *parent, const QString &text, gd::EditRecord record)
{
    if (record.isEmpty())
        return; // nothing changed (saved as it was): nothing to undo
    ctx.undo->push(new RecordedEdit(text, *ctx.db, std::move(record), reporterFor(parent)));
}
} // namespace

QString pushEdit(const AppContext &ctx, QWidget *parent, const FieldErrors &errors, const EditSpec &spec)
{
    gd::EditCapture capture(*ctx.db);
    gd::Result<QString> saved = spec.apply();
    if (!saved) {
        errors.report(parent, saved.error());
        return {};
    }
    pushRecorded(ctx, parent, spec.text, capture.take());
    return saved.value();
}

bool pushRemove(const AppContext &ctx, QWidget *parent, const RemoveSpec &spec)
{
    gd::EditCapture capture(*ctx.db);
    gd::Result<gd::RemoveOutcome> r = spec.apply();
    if (!r) {
        MessageBox::warning(parent, tr("Not removed"), r.message());
        return false;
    }
    pushRecorded(ctx, parent, spec.text, capture.take());
    if (r.value() == gd::RemoveOutcome::Deactivated)
        MessageBox::information(parent, tr("Deactivated"),
                                tr("The record is still in use, so it was deactivated instead of deleted. "
                                   "It stays in the records and can be activated again."));
    return true;
}

} // namespace gdui
