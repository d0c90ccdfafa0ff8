#include "EditCommands.h"

#include "MessageBox.h"
#include "ServiceCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace gdui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gdui::EditCommands", text);
}

ServiceCommand::Reporter reporterFor(QWidget *parent)
{
    return [parent](const QString &message) { MessageBox::warning(parent, tr("Could not undo or redo"), message); };
}
} // namespace

QString pushEdit(const AppContext &ctx, QWidget *parent, const FieldErrors &errors, const EditSpec &spec)
{
    gd::Result<QString> saved = spec.apply();
    if (!saved) {
        errors.report(parent, saved.error());
        return {};
    }
    const QString id = saved.value();
    if (spec.revert) {
        auto apply = spec.apply;
        ctx.undo->push(new ServiceCommand(
            spec.text, [apply] { return apply().status(); }, spec.revert, reporterFor(parent), true));
    } else {
        auto undoCreate = spec.undoCreate;
        auto redoCreate = spec.redoCreate;
        ctx.undo->push(new ServiceCommand(
            spec.text, [redoCreate, id] { return redoCreate(id); }, [undoCreate, id] { return undoCreate(id); },
            reporterFor(parent), true));
    }
    return id;
}

bool pushRemove(const AppContext &ctx, QWidget *parent, const RemoveSpec &spec)
{
    gd::Result<gd::RemoveOutcome> r = spec.apply();
    if (!r) {
        MessageBox::warning(parent, tr("Not removed"), r.message());
        return false;
    }
    auto outcome = std::make_shared<gd::RemoveOutcome>(r.value());
    auto apply = spec.apply;
    auto revert = spec.revert;
    ctx.undo->push(new ServiceCommand(
        spec.text,
        [apply, outcome] {
            auto again = apply();
            if (again)
                *outcome = again.value();
            return again.status();
        },
        [revert, outcome] { return revert(*outcome); }, reporterFor(parent), true));
    if (r.value() == gd::RemoveOutcome::Deactivated)
        MessageBox::information(parent, tr("Deactivated"),
                                tr("The record is still in use, so it was deactivated instead of deleted. "
                                   "It stays in the records and can be activated again."));
    return true;
}

} // namespace gdui
