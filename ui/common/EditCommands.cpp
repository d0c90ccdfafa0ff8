#include "EditCommands.h"

#include "MessageBox.h"
#include "RecordedEdit.h"
#include "storage/Database.h"
#include "storage/EditRecord.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace gdui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gdui::EditCommands)
};

// A refusal is told once the stack has finished with the command: the box is not opened inside
// QUndoStack::undo(), and the form that made the edit may be long closed (a dialog on the stack of
// its caller), so the box falls back to the window. Qt 6.4's redo() drops an obsolete command
// without announcing the change, so the stack's actions are told here.
RecordedEdit::Reporter reporterFor(QWidget *parent, QUndoStack *stack)
{
    return [form = QPointer<QWidget>(parent), stack = QPointer<QUndoStack>(stack)](const QString &message) {
        QTimer::singleShot(0, stack, [form, stack, message] {
            if (stack) {
                Q_EMIT stack->indexChanged(stack->index());
                Q_EMIT stack->canUndoChanged(stack->canUndo());
                Q_EMIT stack->undoTextChanged(stack->undoText());
                Q_EMIT stack->canRedoChanged(stack->canRedo());
                Q_EMIT stack->redoTextChanged(stack->redoText());
            }
            QWidget *parent = form ? form->window() : QApplication::activeWindow();
            MessageBox::warning(parent, Text::tr("Could not undo or redo"), message);
        });
    };
}

void pushRecorded(const AppContext &ctx, QWidget *parent, const QString &text, gd::EditRecord record)
{
    if (record.isEmpty())
        return; // nothing changed (saved as it was): nothing to undo
    ctx.undo->push(new RecordedEdit(text, *ctx.db, std::move(record), reporterFor(parent, ctx.undo)));
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
        MessageBox::warning(parent, Text::tr("Not removed"), r.message());
        return false;
    }
    pushRecorded(ctx, parent, spec.text, capture.take());
    if (r.value() == gd::RemoveOutcome::Deactivated)
        MessageBox::information(parent, Text::tr("Deactivated"),
                                Text::tr("The record is still in use, so it was deactivated instead of deleted. "
                                         "It stays in the records and can be activated again."));
    return true;
}

} // namespace gdui
