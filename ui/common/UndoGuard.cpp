#include "UndoGuard.h"

#include "RecordedEdit.h"
#include "schema/EditUndo.h"
#include "storage/Database.h"

#include <QMenu>
#include <QTimer>
#include <QUndoStack>

namespace gdui {

UndoGuard::UndoGuard(gd::Database &db, QUndoStack *stack, QMenu *staleMenu, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(stack)
    , m_menu(staleMenu)
    , m_review(new QTimer(this))
    , m_poll(new QTimer(this))
{
    // Many commits in a row (a merge's chunks) are reviewed once, after the event loop is free.
    m_review->setSingleShot(true);
    m_review->setInterval(0);
    connect(m_review, &QTimer::timeout, this, &UndoGuard::review);
    connect(&db, &gd::Database::changed, this, &UndoGuard::scheduleReview);
    connect(stack, &QUndoStack::indexChanged, this, &UndoGuard::scheduleReview);
    m_poll->setInterval(3000); // cheap: one PRAGMA, and a review only when the file changed
    connect(m_poll, &QTimer::timeout, this, &UndoGuard::pollOtherPrograms);
    m_poll->start();
    if (m_menu)
        m_menu->menuAction()->setVisible(false);
}

void UndoGuard::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void UndoGuard::scheduleReview()
{
    if (!m_review->isActive())
        m_review->start();
}

void UndoGuard::pollOtherPrograms()
{
    const qint64 version = m_db.dataVersion();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        scheduleReview();
    m_dataVersion = version;
}

int UndoGuard::review()
{
    if (!m_stack)
        return 0;
    // Each edit is checked as the stack will meet it: the edits above it on the undo side (and
    // before it on the redo side) put their own fields back first, so those are not looked at.
    auto editAt = [this](int i) {
        return const_cast<RecordedEdit *>(dynamic_cast<const RecordedEdit *>(m_stack->command(i)));
    };
    auto check = [this](RecordedEdit *edit, const QSet<QString> &first) {
        const gd::Result<QString> why = gd::whyNotRevertible(m_db, edit->record(), first);
        edit->setStaleReason(why ? why.value() : why.message());
    };
    QSet<QString> first;
    for (int i = m_stack->index() - 1; i >= 0; --i)
        if (RecordedEdit *edit = editAt(i)) {
            check(edit, first);
            first.unite(gd::edits::writtenKeys(edit->record()));
        }
    first.clear();
    for (int i = m_stack->index(); i < m_stack->count(); ++i)
        if (RecordedEdit *edit = editAt(i)) {
            check(edit, first);
            first.unite(gd::edits::writtenKeys(edit->record()));
        }
    QStringList stale;
    for (int i = 0; i < m_stack->count(); ++i)
        if (RecordedEdit *edit = editAt(i); edit && !edit->staleReason().isEmpty())
            stale << tr("%1: %2").arg(edit->text(), edit->staleReason());
    if (m_menu) {
        m_menu->clear();
        for (const QString &line : stale)
            m_menu->addAction(line)->setEnabled(false);
        m_menu->menuAction()->setVisible(!stale.isEmpty());
    }
    return int(stale.size());
}

} // namespace gdui
