#include "TrainingHistory.h"

#include "TrainingNeeds.h"
#include "org/OfficeSettings.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "storage/RowStore.h"
#include "util/PagedHtml.h"
#include "util/PdfFile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gd::training {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::training)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

Result<History> historyOf(Database &db, const QString &workerId, const QDate &from, const QDate &to)
{
    auto worker = RowStore(db).fetch(tables::workers(), workerId);
    if (workerId.isEmpty() || !worker)
        return Error::invalid(QStringLiteral("worker_id"), Text::tr("Choose the worker from the people register."));
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("period"), Text::tr("The period's last day is before its first."));
    History out;
    out.office = OfficeSettings(db).load().name;
    out.workerName = worker->value(QStringLiteral("name")).toString();
    out.from = from;
    out.to = to;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT t.date, t.topic, coalesce((SELECT group_concat(name, '、') FROM (SELECT d.name FROM "
        "training_session_needs l JOIN training_needs d ON d.id = l.need_id WHERE l.training_id = t.id AND l.deleted "
        "= 0 ORDER BY d.name)), ''), t.expert, t.trainer_unit, a.score, a.comment FROM training_attendees a JOIN "
        "trainings t ON t.id = a.training_id WHERE a.worker_id = ? AND a.deleted = 0 AND t.deleted = 0 AND t.date "
        ">= ? AND t.date <= ? ORDER BY t.date, t.id"));
    q.addBindValue(workerId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (Status failed = exec(q); !failed)
        return failed.error();
    while (q.next())
        out.lines << HistoryLine{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(6).toString(),
                                 q.value(5).toInt()};
    QSqlQuery o(db.sql());
    o.prepare(QStringLiteral("SELECT DISTINCT n.name FROM training_orders r JOIN training_needs n ON n.id = r.need_id "
                             "WHERE r.worker_id = ? AND r.deleted = 0 AND r.ordered_on >= ? AND r.ordered_on <= ? "
                             "ORDER BY n.name"));
    o.addBindValue(workerId);
    o.addBindValue(from.toString(Qt::ISODate));
    o.addBindValue(to.toString(Qt::ISODate));
    if (Status failed = exec(o); !failed)
        return failed.error();
    while (o.next())
        out.ordered << o.value(0).toString();
    return out;
}

QString historyTitle(const History &h)
{
    return Text::tr("Training history of %1").arg(h.workerName);
}

QString historyHtml(const History &h)
{
    QString out =
        QStringLiteral("<html><body><h3 align=center>%1</h3><p align=center>%2</p>")
            .arg(esc(historyTitle(h)), esc(Text::tr("%1 to %2: %n session(s) attended.", nullptr, int(h.lines.size()))
                                               .arg(h.from.toString(Qt::ISODate), h.to.toString(Qt::ISODate))));
    if (!h.ordered.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(Text::tr("Needs ordered: %1").arg(h.ordered.join(QStringLiteral("、")))));
    out += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr>");
    for (const QString &head : {Text::tr("Day"), Text::tr("Topic"), Text::tr("Needs answered"), Text::tr("Expert"),
                                Text::tr("Unit"), Text::tr("Evaluation")})
        out += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(esc(head));
    out += QStringLiteral("</tr></thead>");
    for (const HistoryLine &l : h.lines) {
        QString evaluation = l.score > 0 ? QString(l.score, QChar(0x2605)) : QString();
        if (!l.comment.isEmpty())
            evaluation += QStringLiteral(" ") + l.comment;
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                   .arg(l.date.toString(Qt::ISODate), esc(l.topic), esc(l.needs), esc(l.expert), esc(l.unit),
                        esc(evaluation));
    }
    out += QStringLiteral("</table><p>&nbsp;</p><p>%1</p><p>%2</p>")
               .arg(esc(Text::tr("Issued by: %1 (seal)").arg(h.office)), esc(Text::tr("Date:")));
    return out + QStringLiteral("</body></html>");
}

Status paintHistory(QPagedPaintDevice &device, const History &h, int *pages)
{
    PagedHtml document;
    document.html = historyHtml(h);
    document.office = h.office;
    document.title = historyTitle(h);
    document.what = Text::tr("the training history");
    return paintPagedHtml(device, document, pages);
}

Status writeHistoryPdf(const QString &path, const History &h, int *pages)
{
    return writePdfFile(path, historyTitle(h),
                        [&](QPagedPaintDevice &device) { return paintHistory(device, h, pages); });
}

Result<YearSummary> yearSummary(Database &db, const QDate &to)
{
    if (!to.isValid())
        return Error::invalid(QStringLiteral("to"), Text::tr("Give the last day of the period."));
    YearSummary out;
    out.year = to.year();
    out.to = to;
    const QString first = QDate(to.year(), 1, 1).toString(Qt::ISODate), last = to.toString(Qt::ISODate);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM trainings WHERE deleted = 0 AND date BETWEEN ? AND ?), (SELECT count(*) FROM "
        "training_attendees a JOIN trainings t ON t.id = a.training_id WHERE a.deleted = 0 AND t.deleted = 0 AND "
        "t.date BETWEEN ? AND ?), (SELECT count(DISTINCT a.worker_id) FROM training_attendees a JOIN trainings t ON "
        "t.id = a.training_id WHERE a.deleted = 0 AND t.deleted = 0 AND t.date BETWEEN ? AND ?), (SELECT count(*) "
        "FROM training_orders WHERE deleted = 0 AND ordered_on BETWEEN ? AND ?)"));
    // Each ? bound where it stands: Qt's SQLite driver refuses numbered parameters (?1).
    for (int i = 0; i < 4; ++i) {
        q.addBindValue(first);
        q.addBindValue(last);
    }
    if (Status failed = exec(q); !failed)
        return failed.error();
    if (q.next()) {
        out.sessions = q.value(0).toInt();
        out.attendances = q.value(1).toInt();
        out.workersTrained = q.value(2).toInt();
        out.orders = q.value(3).toInt();
    }
    QSqlQuery e(db.sql());
    e.prepare(QStringLiteral("SELECT count(*), coalesce(avg(a.score), 0) FROM training_attendees a JOIN trainings t ON "
                             "t.id = a.training_id WHERE a.deleted = 0 AND t.deleted = 0 AND a.score > 0 AND t.date "
                             "BETWEEN ? AND ?"));
    e.addBindValue(first);
    e.addBindValue(last);
    if (Status failed = exec(e); !failed)
        return failed.error();
    if (e.next()) {
        out.evaluations = e.value(0).toInt();
        out.averageScore = e.value(1).toDouble();
    }
    // The year so far: a report of March printed in December counts no session of April.
    auto needs = demandBetween(db, QDate(to.year(), 1, 1), to);
    if (!needs)
        return needs.error();
    out.needs = *needs;
    for (const NeedDemand &d : std::as_const(out.needs))
        if (d.orders > 0 && !d.covered())
            out.uncovered << d.needName;
    return out;
}

} // namespace gd::training
