#include "HotlineReplies.h"

#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "cases/Workflow.h"
#include "storage/Database.h"
#include "util/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace gd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::HotlineReplies)
};

// The moves that give a case its result, and so its reply.
bool givesResult(workflow::Action a)
{
    using workflow::Action;
    return a == Action::Complete || a == Action::SettleAtDesk || a == Action::Refuse || a == Action::Redirect;
}

QString callbackText(const QString &result, const QString &satisfaction, int solved)
{
    if (result.isEmpty())
        return {};
    workflow::CallbackOutcome o;
    o.result = result;
    o.satisfaction = satisfaction;
    if (solved >= 0)
        o.solved = solved == 1;
    return workflow::outcomeText(o);
}
} // namespace

QStringList HotlineReplies::headers()
{
    return {Text::tr("Work order"), Text::tr("Case number"), Text::tr("Result"), Text::tr("Time"),
            Text::tr("Callback")};
}

Result<QList<HotlineReply>> HotlineReplies::between(qint64 fromMs, qint64 toMs) const
{
    // Every reply was an event, and every event moves the case's updated time.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases INDEXED BY cases_updated WHERE updated_ms >= ? AND deleted = 0 "
                             "AND (hotline_order <> '' OR report_count > 1)"));
    q.addBindValue(fromMs);
    if (Status s = exec(q); !s)
        return s.error();
    const QStringList ids = firstColumn(q);

    CaseService service(m_db);
    QList<HotlineReply> out;
    for (const QString &id : std::as_const(ids)) {
        auto c = service.caseById(id);
        if (!c)
            continue; // removed since the list was read
        auto events = service.timeline(id);
        if (!events)
            return events.error();
        const QList<CaseEvent> &timeline = events.value();
        const workflow::Folded f = workflow::fold(*c, timeline);
        const bool closed = !workflow::isOpen(f.c.state);
        if (!c->hotlineOrder.isEmpty() && closed) {
            // The standing move that gave the result, the last of them when the case was reopened.
            const CaseEvent *result = nullptr;
            for (const CaseEvent &e : timeline)
                if (givesResult(e.action) && !f.overridden.contains(e.id))
                    result = &e;
            if (result && result->atMs >= fromMs && result->atMs < toMs)
                out << HotlineReply{c->hotlineOrder, c->number, result->note, result->atMs,
                                    callbackText(f.c.callbackResult, f.c.satisfaction, f.c.solved)};
        }
        for (const CaseEvent &e : timeline) {
            const auto *report = std::get_if<workflow::AttachedReport>(&e.payload);
            if (!report || report->hotlineOrder.isEmpty() || !f.reports.contains(e.id))
                continue;
            const workflow::ReportState &r = f.reports.value(e.id);
            if (r.answered && r.answeredMs >= fromMs && r.answeredMs < toMs)
                out << HotlineReply{report->hotlineOrder, c->number, r.answer, r.answeredMs, r.callbackText};
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const HotlineReply &a, const HotlineReply &b) { return a.atMs < b.atMs; });
    return out;
}

Result<int> HotlineReplies::writeCsv(const QString &path, qint64 fromMs, qint64 toMs) const
{
    auto replies = between(fromMs, toMs);
    if (!replies)
        return replies.error();
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += CsvReader::join(headers()).toUtf8() + "\r\n";
    for (const HotlineReply &r : replies.value()) {
        QStringList cells{r.order, r.caseNumber, r.result, cases::timeText(r.atMs), r.callback};
        for (QString &cell : cells)
            cell = CsvReader::spreadsheetSafe(cell);
        bytes += CsvReader::join(cells).toUtf8() + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorKind::Internal,
                           Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return int(replies->size());
}

} // namespace gd
