// Every attached report is answered (issue 16 §2): an attached 12345 order or walk-in keeps its
// own reply and callback; the case is not archived while a reply is missing; the hotline's
// replies are exported one row per order with the result, the time and the callback.
#include "cases/CaseService.h"
#include "cases/EventPayload.h"
#include "cases/io/HotlineReplies.h"
#include "test_case_world.h"
#include "util/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace gd;
using namespace gdtest;
namespace wf = gd::workflow;

namespace {

struct Attached {
    CaseWorld w;
    CaseService service{*w.t};
    QString caseId, reportId;

    Attached()
    {
        Case draft = w.draft();
        draft.channel = QStringLiteral("hotline_12345");
        draft.hotlineOrder = QStringLiteral("2026030200011");
        caseId = must(service.registerCase(draft));
        Case report = w.draft();
        report.channel = QStringLiteral("hotline_12345");
        report.hotlineOrder = QStringLiteral("2026030200027");
        report.reporterName = QStringLiteral("王女士");
        report.reporterPhone = QStringLiteral("13953200009");
        report.description = QStringLiteral("一楼院子被圈占，狗不拴绳");
        reportId = must(service.attachReport(caseId, report));
        REQUIRE(service.act(caseId, {wf::Action::Accept}).ok());
        REQUIRE(service.act(caseId, {wf::Action::Dispatch, {}, wf::Handler{w.worker, {}}}).ok());
        REQUIRE(service.act(caseId, {wf::Action::Sign}).ok());
        w.t.clock->advance(3600 * 1000);
        REQUIRE(service.act(caseId, {wf::Action::Complete, QStringLiteral("已拆除违章铁门，约谈养犬户")}).ok());
    }
    wf::Folded folded()
    {
        auto events = service.timeline(caseId);
        REQUIRE(events.ok());
        return wf::fold(service.caseById(caseId).value(), events.value());
    }
};

} // namespace

TEST_CASE("the case is not archived while an attached report has no reply", "[cases][reports]")
{
    Attached a;
    CHECK(a.folded().unansweredReports() == 1);
    REQUIRE(a.service.act(a.caseId, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}})
                .ok());
    const auto refused = a.service.act(a.caseId, {wf::Action::Archive});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("1")));
    CHECK(a.service.caseById(a.caseId)->state == QStringLiteral("callback_done"));

    // The reply needs its text and a report that is in the case.
    CHECK(a.service.act(a.caseId, {wf::Action::AnswerReport, {}, wf::ReportReply{a.reportId}}).error().field ==
          QStringLiteral("note"));
    CHECK(a.service
              .act(a.caseId, {wf::Action::AnswerReport, QStringLiteral("已答复"), wf::ReportReply{QStringLiteral("x")}})
              .error()
              .field == QStringLiteral("report"));
    // Its resident is called back only after the reply.
    wf::CallbackOutcome early{QStringLiteral("satisfied"), true};
    early.reportEventId = a.reportId;
    CHECK(a.service.act(a.caseId, {wf::Action::CallbackReport, {}, early}).error().field == QStringLiteral("report"));

    REQUIRE(a.service
                .act(a.caseId, {wf::Action::AnswerReport, QStringLiteral("已拆除铁门并约谈养犬户，答复王女士"),
                                wf::ReportReply{a.reportId}})
                .ok());
    CHECK(a.folded().unansweredReports() == 0);
    CHECK(a.folded().reports.value(a.reportId).answer == QStringLiteral("已拆除铁门并约谈养犬户，答复王女士"));
    REQUIRE(a.service.act(a.caseId, {wf::Action::CallbackReport, {}, early}).ok());
    CHECK(a.folded().reports.value(a.reportId).callbackResult == QStringLiteral("reached"));
    // A reply and its callback are not moves: the case's own state is untouched.
    CHECK(a.service.caseById(a.caseId)->state == QStringLiteral("callback_done"));
    CHECK(a.service.act(a.caseId, {wf::Action::Archive})->state == QStringLiteral("archived"));
}

TEST_CASE("an attached report's resident is unreachable only after the office's calls to that resident",
          "[cases][reports]")
{
    Attached a;
    REQUIRE(
        a.service.act(a.caseId, {wf::Action::AnswerReport, QStringLiteral("已答复王女士"), wf::ReportReply{a.reportId}})
            .ok());
    wf::CallbackOutcome unreachable;
    unreachable.result = QStringLiteral("unreachable");
    unreachable.reportEventId = a.reportId;
    // The office calls three times (the default): the first two are recorded as tries of that report.
    const auto tooSoon = a.service.act(a.caseId, {wf::Action::CallbackReport, {}, unreachable});
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().field == QStringLiteral("result"));
    for (int i = 0; i < 2; ++i)
        REQUIRE(a.service.act(a.caseId, {wf::Action::CallbackTry, {}, wf::ReportReply{a.reportId}}).ok());
    CHECK(a.folded().reports.value(a.reportId).callbackTries == 2);
    CHECK(a.folded().callbackTries == 0); // the case's own resident was not called
    REQUIRE(a.service.act(a.caseId, {wf::Action::CallbackReport, {}, unreachable}).ok());
    CHECK(a.folded().reports.value(a.reportId).callbackResult == QStringLiteral("unreachable"));

    // The case's own resident: a try without a report, counted for the case's callback.
    REQUIRE(a.service.act(a.caseId, {wf::Action::CallbackTry}).ok());
    CHECK(a.folded().callbackTries == 1);
    // A report that is not in the case, or has no reply yet, is not called.
    CHECK(a.service.act(a.caseId, {wf::Action::CallbackTry, {}, wf::ReportReply{QStringLiteral("x")}}).error().field ==
          QStringLiteral("report"));
    // Once the case's callback is done, a try names a report.
    REQUIRE(a.service.act(a.caseId, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}})
                .ok());
    CHECK(a.service.act(a.caseId, {wf::Action::CallbackTry}).error().field == QStringLiteral("report"));
    // A try recorded before tries named a report reads as the case's own.
    CHECK(std::get<wf::ReportReply>(wf::decode(wf::Action::CallbackTry, QByteArray("{}"))).reportEventId.isEmpty());
}

TEST_CASE("a report split back out owes the case no reply", "[cases][reports]")
{
    Attached a;
    REQUIRE(a.service.splitReport(a.caseId, a.reportId).ok());
    CHECK(a.folded().reports.isEmpty());
    CHECK(a.folded().unansweredReports() == 0);
    REQUIRE(a.service.act(a.caseId, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("satisfied"), true}})
                .ok());
    CHECK(a.service.act(a.caseId, {wf::Action::Archive}).ok());
}

TEST_CASE("the hotline's replies: one row per order, the case's and each answered report's", "[cases][reports]")
{
    Attached a;
    const qint64 dayStart = a.w.t.clock->nowMs() - 6 * 3600 * 1000;
    HotlineReplies replies(*a.w.t);
    auto before = replies.between(dayStart, a.w.t.clock->nowMs() + 1);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 1); // the report has no reply yet
    CHECK(before->first().order == QStringLiteral("2026030200011"));
    CHECK(before->first().result == QStringLiteral("已拆除违章铁门，约谈养犬户"));
    CHECK(before->first().callback.isEmpty());

    REQUIRE(
        a.service.act(a.caseId, {wf::Action::Callback, {}, wf::CallbackOutcome{QStringLiteral("basic"), true}}).ok());
    a.w.t.clock->advance(60 * 1000);
    REQUIRE(
        a.service.act(a.caseId, {wf::Action::AnswerReport, QStringLiteral("已答复王女士"), wf::ReportReply{a.reportId}})
            .ok());
    auto after = replies.between(dayStart, a.w.t.clock->nowMs() + 1);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 2);
    CHECK(after->at(0).callback == wf::outcomeText(wf::CallbackOutcome{QStringLiteral("basic"), true}));
    CHECK(after->at(1).order == QStringLiteral("2026030200027"));
    CHECK(after->at(1).caseNumber == after->at(0).caseNumber);
    CHECK(after->at(1).result == QStringLiteral("已答复王女士"));
    // Outside the period: nothing.
    CHECK(replies.between(dayStart - 86400000, dayStart)->isEmpty());

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("replies.csv"));
    auto written = replies.writeCsv(path, dayStart, a.w.t.clock->nowMs() + 1);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    auto records = CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK(records->first().fields == HotlineReplies::headers());
    CHECK(records->at(2).fields.at(0) == QStringLiteral("2026030200027"));
    CHECK_FALSE(replies.writeCsv(out.filePath(QStringLiteral("no/such/dir/x.csv")), dayStart, dayStart + 1).ok());
}
