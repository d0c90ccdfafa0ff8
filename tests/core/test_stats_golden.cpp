// The figures of a month built case by case through the workflow (40 cases and their repeats),
// against tests/core/data/figures-golden.csv, where every figure was counted by hand from the
// story below. The story (Beijing time, March 2026; every deadline 5 working days, no holiday in
// March, Saturday 28 February a make-up working day):
//   A ×10  walk-in 2 Mar, done 4 Mar (2 working days), called back: satisfied, solved
//   B ×6   phone 2 Mar, done 12 Mar (8 days, late: due 9 Mar), called back: basically satisfied, not solved
//   C ×4   online 3 Mar, done 5 Mar (2 days), the resident declined the callback
//   D ×3   walk-in settled at the desk 4 Mar (0 days)
//   E ×2   walk-in 3 Mar, not accepted the same day (done, 0 days, never solved)
//   F ×5   found on patrol 5 Mar, done 6 Mar (1 day), no callback needed
//   G ×4   12345 hotline 9 Mar, referred to a unit, still open and overdue (due 16 Mar)
//   H ×3   walk-in 10 Mar, done 11 Mar, dissatisfied, reopened 12 Mar: open, overdue (due 19 Mar)
//   J      walk-in 2 Mar merged into A₂: not a case; two reports attached to A₁: not cases
//   K      received 27 Feb (a Friday), done 3 Mar (3 working days, 28 Feb counting), no callback yet
// Overdue is counted at Friday 20 March 16:00.
#include "cases/CaseService.h"
#include "stats/FigureQuery.h"
#include "test_case_world.h"

#include <QFile>

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

struct Story {
    CaseWorld w;
    CaseService service{*w.t};
    QHash<char, QStringList> cases;

    void clock(int month, int day, int hour, int minute = 0) { w.t.clock->setMs(at(month, day, hour, minute)); }

    QString add(char group, const QString &channel, qint64 received = 0, const QString &settled = {})
    {
        Case c = w.draft();
        c.channel = channel;
        if (channel == QLatin1String("patrol")) {
            c.reporterName.clear();
            c.reporterPhone.clear();
        }
        c.receivedMs = received;
        const QString id = must(service.registerCase(c, settled));
        cases[group] << id;
        return id;
    }
    void act(const QString &id, const wf::Step &step)
    {
        auto r = service.act(id, step);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    }
    void toWorker(const QString &id)
    {
        act(id, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}});
        act(id, {wf::Action::Sign});
    }
    void completeAll(char group)
    {
        for (const QString &id : cases.value(group))
            act(id, {wf::Action::Complete, QStringLiteral("已办结")});
    }
    void callBackAll(char group, const wf::CallbackOutcome &outcome, const QString &note = {})
    {
        for (const QString &id : cases.value(group))
            act(id, {wf::Action::Callback, note, outcome});
    }

    Story()
    {
        clock(3, 2, 10);
        for (int i = 0; i < 10; ++i)
            toWorker(add('A', QStringLiteral("walk_in")));
        toWorker(add('K', QStringLiteral("walk_in"), at(2, 27, 10)));
        clock(3, 2, 11);
        for (int i = 0; i < 6; ++i)
            toWorker(add('B', QStringLiteral("phone")));
        clock(3, 2, 12);
        REQUIRE(service.mergeInto(add('J', QStringLiteral("walk_in")), cases['A'].at(1)).ok());
        clock(3, 2, 13);
        for (int i = 0; i < 2; ++i)
            REQUIRE(service.attachReport(cases['A'].at(0), w.draft()).ok());
        clock(3, 3, 9);
        for (int i = 0; i < 4; ++i)
            toWorker(add('C', QStringLiteral("online")));
        clock(3, 3, 10);
        for (int i = 0; i < 2; ++i)
            add('E', QStringLiteral("walk_in"));
        completeAll('K');
        clock(3, 3, 11);
        for (const QString &id : cases['E'])
            act(id, {wf::Action::Refuse, QStringLiteral("不属于受理范围")});
        clock(3, 4, 10);
        for (int i = 0; i < 3; ++i)
            add('D', QStringLiteral("walk_in"), 0, QStringLiteral("当场解答"));
        clock(3, 4, 15);
        completeAll('A');
        clock(3, 5, 9);
        for (int i = 0; i < 5; ++i)
            toWorker(add('F', QStringLiteral("patrol")));
        clock(3, 5, 10);
        callBackAll('A', wf::CallbackOutcome{QStringLiteral("satisfied"), true});
        clock(3, 5, 16);
        completeAll('C');
        clock(3, 6, 10);
        wf::CallbackOutcome declined;
        declined.result = QStringLiteral("declined");
        callBackAll('C', declined, QStringLiteral("居民表示不需要回访"));
        completeAll('F');
        clock(3, 6, 11);
        wf::CallbackOutcome patrol;
        patrol.result = QStringLiteral("not_needed");
        patrol.reason = QStringLiteral("patrol");
        callBackAll('F', patrol);
        clock(3, 9, 10);
        for (int i = 0; i < 4; ++i)
            act(add('G', QStringLiteral("hotline_12345")), {wf::Action::Dispatch, {}, wf::Handler{{}, w.unit}});
        clock(3, 10, 10);
        for (int i = 0; i < 3; ++i)
            toWorker(add('H', QStringLiteral("walk_in")));
        clock(3, 11, 10);
        completeAll('H');
        clock(3, 12, 10);
        callBackAll('H', wf::CallbackOutcome{QStringLiteral("dissatisfied"), false});
        clock(3, 12, 11);
        for (const QString &id : cases['H'])
            act(id, {wf::Action::Reopen, QStringLiteral("居民不满意，重新办理")});
        clock(3, 12, 15);
        completeAll('B');
        clock(3, 13, 10);
        callBackAll('B', wf::CallbackOutcome{QStringLiteral("basic"), false});
        clock(3, 20, 16);
    }
};

} // namespace

TEST_CASE("the figures of a month built by hand equal the golden file counted by hand", "[stats]")
{
    Story s;
    // The story's deadlines, as the hand count took them.
    CHECK(s.service.caseById(s.cases['A'].first())->dueMs == at(3, 10, 0) - 1);
    CHECK(s.service.caseById(s.cases['G'].first())->dueMs == at(3, 17, 0) - 1);
    CHECK(s.service.caseById(s.cases['H'].first())->dueMs == at(3, 20, 0) - 1);

    QFile file(QStringLiteral(GD_TEST_DATA_DIR "/figures-golden.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int checked = 0;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) { // from,to,view,by,group,figure,numerator,denominator
            header = false;
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        REQUIRE(f.size() == 8);
        stats::StatsRequest r;
        r.from = QDate::fromString(f.at(0), Qt::ISODate);
        r.to = QDate::fromString(f.at(1), Qt::ISODate);
        r.view = f.at(2) == QLatin1String("completed") ? stats::View::Completed : stats::View::Received;
        REQUIRE(stats::breakdownFromKey(f.at(3), &r.by));
        auto table = stats::count(*s.w.t, r);
        REQUIRE(table.ok());
        stats::Counts counts = table->total;
        if (r.by != stats::Breakdown::None) {
            counts = stats::Counts();
            for (const stats::StatsGroup &g : table->groups)
                if (g.key == f.at(4))
                    counts = g.counts;
        }
        const QList<stats::Figure> figures = stats::figures();
        const auto figure =
            std::find_if(figures.cbegin(), figures.cend(), [&](const stats::Figure &x) { return x.code == f.at(5); });
        REQUIRE(figure != figures.cend());
        const stats::FigureValue v = stats::evaluate(*figure, counts);
        INFO(line.toStdString());
        CHECK(v.numerator == f.at(6).toDouble());
        if (!f.at(7).isEmpty())
            CHECK(v.denominator == f.at(7).toLongLong());
        ++checked;
    }
    CHECK(checked == 50);
}
