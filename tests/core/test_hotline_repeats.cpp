// Repeats linked after intake: a case merged into another as one of its reports and split back
// out, the review of suspected repeats (pending, rejected, confirmed), the 12345 import attaching
// or proposing its lines by the office's scores and the operator's choices, the hotline category
// answers, and the scores' settings.
#include "cases/CaseService.h"
#include "cases/CaseSettings.h"
#include "cases/CategoryService.h"
#include "cases/RepeatFinder.h"
#include "cases/RepeatReview.h"
#include "cases/io/HotlineImport.h"
#include "org/BuildingService.h"
#include "storage/Transaction.h"
#include "test_case_world.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using namespace gd;
using namespace gdtest;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

const char kRepeatHeader[] =
    "工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\n";

// Line 2 repeats the open case strongly (the same caller, building and category, nearly the same
// words); line 3 is the same building and category from another caller; line 4 shares nothing.
const char kRepeatLines[] =
    "12345-R-001,2026-03-01 09:15,李先生,13953200002,三明南路2号3单元201,三单元楼道灯不亮两周了，晚上老人上下楼危险,"
    "尽快修好楼道灯,0802,一般,求助\n"
    "12345-R-002,2026-03-01 10:20,赵女士,13953200003,三明南路2号1单元101,一单元楼道灯也不亮，晚上很黑,,0802,一般,求助\n"
    "12345-R-003,2026-03-01 11:05,王女士,0532-82871234,湛山路8号,小区门口垃圾没人清运,,0401,一般,投诉\n";

// One grid with its worker and a building, an administrator signed in (who also handles cases).
struct RepeatDesk : CaseWorld {
    QString lamps, rubbish;

    RepeatDesk()
    {
        lamps = categoryId("0802");
        rubbish = categoryId("0401");
        t->setActor(actorAs(Role::Admin));
    }

    QString categoryId(const char *code)
    {
        auto c = CategoryService(*t).byCode(u(code));
        INFO(code);
        REQUIRE(c.ok());
        return c->id;
    }

    // The open case the hotline lines repeat: the lamps of the building, by phone.
    Case draft(const char *phone = "13953200002") const
    {
        Case c;
        c.channel = u("online");
        c.requestType = u("help");
        c.categoryId = lamps;
        c.reporterName = u("李先生");
        c.reporterPhone = u(phone);
        c.address = u("三明南路2号3单元");
        c.buildingId = building;
        c.description = u("三单元楼道灯不亮两周了，晚上老人上下楼很危险");
        c.request = u("尽快修好楼道灯");
        return c;
    }
    Case hotline(const char *order, const char *phone) const
    {
        Case c = draft(phone);
        c.channel = u("hotline_12345");
        c.hotlineOrder = u(order);
        return c;
    }
    QString add(const Case &c) { return must(CaseService(*t).registerCase(c)); }
    Case get(const QString &id)
    {
        auto c = CaseService(*t).caseById(id);
        INFO(c.message().toStdString());
        REQUIRE(c.ok());
        return c.value();
    }
    int events() { return count(*t, u("SELECT count(*) FROM case_events")); }
    int cases() { return count(*t, u("SELECT count(*) FROM cases")); }

    void setScores(int attach, int review)
    {
        CaseSettings settings(*t);
        const Status s =
            settings.save(DeadlineRules::load(*t), settings.repeatWindowDays(), RepeatScores{attach, review});
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
        REQUIRE(RepeatFinder::scoresSetting(*t) == (RepeatScores{attach, review}));
    }

    HotlineFile file(const QByteArray &bytes)
    {
        auto f = HotlineImport::parse(bytes, u("12345.csv"));
        INFO(f.message().toStdString());
        REQUIRE(f.ok());
        return f.value();
    }
    HotlineImportReport import(const QByteArray &bytes, const HotlineImportOptions &options = {})
    {
        HotlineImport importer(*t);
        const HotlineFile f = file(bytes);
        auto r = importer.run(f, importer.mappingFor(f), options);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    Case byOrder(const char *order)
    {
        QSqlQuery q(t->sql());
        q.prepare(u("SELECT id FROM cases WHERE hotline_order = ?"));
        q.addBindValue(u(order));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return get(q.value(0).toString());
    }
};

// The report in `targetId` that the case `fromId` became when it was merged.
CaseEvent reportFrom(Database &db, const QString &targetId, const QString &fromId)
{
    auto events = CaseService(db).timeline(targetId);
    REQUIRE(events.ok());
    for (const CaseEvent &e : events.value())
        if (const auto *r = std::get_if<workflow::AttachedReport>(&e.payload); r && r->fromCaseId == fromId)
            return e;
    FAIL("no report from case " << fromId.toStdString());
    return {};
}

RepeatPair pairOf(Database &db, const QString &status, const QString &caseId)
{
    auto pairs = RepeatReview(db).list(status);
    INFO(pairs.message().toStdString());
    REQUIRE(pairs.ok());
    for (const RepeatPair &p : pairs.value())
        if (p.caseId == caseId)
            return p;
    FAIL("case " << caseId.toStdString() << " is not listed as " << status.toStdString());
    return {};
}

// The best candidate the finder gives for a draft, probed as the import probes a line.
RepeatCandidate bestRepeat(Database &db, const Case &draft)
{
    const QList<RepeatCandidate> found = RepeatFinder(db).find(RepeatFinder::probeFor(db, draft), 1);
    return found.isEmpty() ? RepeatCandidate() : found.first();
}

} // namespace

TEST_CASE("a hotline case merged into an open case becomes one of its reports", "[repeats]")
{
    RepeatDesk d;
    CaseService service(*d.t);
    const QString target = d.add(d.draft());
    const QString merged = d.add(d.hotline("12345-0302-101", "13953200005"));
    REQUIRE(service.act(merged, {workflow::Action::Accept}).ok());
    REQUIRE(d.get(merged).state == u("accepted"));

    const QString reportId = must(service.mergeInto(merged, target, {target, 88, u("phone,text:90")}));
    const Case gone = d.get(merged);
    CHECK(gone.state == u("merged"));
    CHECK(gone.repeatReview == u("confirmed"));
    CHECK(gone.repeatOf == target);
    CHECK(d.get(target).reportCount == 2);
    const CaseEvent report = reportFrom(*d.t, target, merged);
    CHECK(report.id == reportId);
    const auto *attached = std::get_if<workflow::AttachedReport>(&report.payload);
    REQUIRE(attached);
    CHECK(attached->hotlineOrder == u("12345-0302-101"));
    CHECK(pairOf(*d.t, u("confirmed"), merged).score == 88);

    // Refusals, each naming the case, and nothing written for any of them.
    const QString other = d.add(d.hotline("12345-0302-102", "13953200006"));
    const QString dispatched = d.add(d.draft("13953200007"));
    REQUIRE(service.act(dispatched, {workflow::Action::Dispatch, {}, workflow::Handler{d.worker, {}}}).ok());
    REQUIRE(d.get(dispatched).state == u("dispatched"));
    const int events = d.events();

    auto self = service.mergeInto(target, target);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().field == u("target"));

    auto intoMerged = service.mergeInto(other, merged);
    REQUIRE_FALSE(intoMerged.ok());
    CHECK(intoMerged.error().kind == ErrorKind::Invalid);
    CHECK(intoMerged.message().contains(gone.number));

    auto notNew = service.mergeInto(dispatched, target);
    REQUIRE_FALSE(notNew.ok());
    CHECK(notNew.error().kind == ErrorKind::Invalid);
    CHECK(notNew.message().contains(d.get(dispatched).number));

    auto again = service.mergeInto(merged, target);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(gone.number));

    CHECK(d.events() == events);
    CHECK(d.get(target).reportCount == 2);
    CHECK(d.get(other).state == u("registered"));
    CHECK(d.get(dispatched).state == u("dispatched"));
}

TEST_CASE("splitting a merged case out brings it back under its own number", "[repeats]")
{
    RepeatDesk d;
    CaseService service(*d.t);
    const QString target = d.add(d.draft());
    const QString merged = d.add(d.hotline("12345-0302-201", "13953200005"));
    REQUIRE(service.act(merged, {workflow::Action::Accept}).ok());
    const QString reportId = must(service.mergeInto(merged, target));
    REQUIRE(d.get(target).reportCount == 2);
    const int cases = d.cases();

    CHECK(must(service.splitReport(target, reportId)) == merged);
    const Case back = d.get(merged);
    CHECK(back.state == u("accepted")); // where it was before the merge
    CHECK(back.repeatReview == u("rejected"));
    CHECK(back.closedMs == 0);
    CHECK(back.hotlineOrder == u("12345-0302-201"));
    CHECK(d.get(target).reportCount == 1);
    CHECK(d.cases() == cases); // the same case again, not a copy

    const int events = d.events();
    auto twice = service.splitReport(target, reportId);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Invalid);
    CHECK(d.events() == events);
    CHECK(d.get(merged).state == u("accepted"));
    CHECK(d.get(target).reportCount == 1);
}

TEST_CASE("a suspected repeat waits for a person and a rejected pair is never proposed again", "[repeats]")
{
    RepeatDesk d;
    CaseService service(*d.t);
    CHECK(RepeatReview::statuses() == QStringList{u("pending"), u("confirmed"), u("rejected")});
    const QString target = d.add(d.draft());
    const QString suspect = d.add(d.hotline("12345-0302-301", "13953200005"));
    const QString reasons = u("building_category,text:55");

    REQUIRE(service.suspectRepeat(suspect, {target, 62, reasons}).ok());
    CHECK(d.get(suspect).repeatReview == u("pending"));
    CHECK(d.get(suspect).repeatOf == target);
    CHECK(RepeatReview(*d.t).count(u("pending")) == 1);
    const RepeatPair pending = pairOf(*d.t, u("pending"), suspect);
    CHECK(pending.otherId == target);
    CHECK(pending.otherNumber == d.get(target).number);
    CHECK(pending.number == d.get(suspect).number);
    CHECK(pending.score == 62);
    CHECK(pending.reasonText == RepeatFinder::describeReasons(reasons));
    CHECK(pending.reasonText.contains(u("same building")));
    CHECK(pending.decidedBy.isEmpty());
    CHECK(pending.decidedMs == 0);

    d.t.clock->advance(3600 * 1000);
    REQUIRE(service.rejectRepeat(suspect).ok());
    const RepeatPair rejected = pairOf(*d.t, u("rejected"), suspect);
    CHECK(rejected.status == u("rejected"));
    CHECK_FALSE(rejected.decidedBy.isEmpty());
    CHECK(rejected.decidedMs > 0);
    CHECK(RepeatReview(*d.t).count(u("pending")) == 0);

    // Proposed again (another import of a like line): left as decided, nothing written.
    const int events = d.events();
    CHECK(service.suspectRepeat(suspect, {target, 90, reasons}).ok());
    CHECK(d.get(suspect).repeatReview == u("rejected"));
    CHECK(d.events() == events);
    // Only a pending pair is decided.
    CHECK_FALSE(service.rejectRepeat(suspect).ok());
    CHECK_FALSE(service.rejectRepeat(target).ok());
    auto confirmRejected = service.confirmRepeat(suspect);
    REQUIRE_FALSE(confirmRejected.ok());
    CHECK(confirmRejected.message().contains(d.get(suspect).number));
    CHECK(d.events() == events);

    // Confirmed: merged into the other case.
    const QString second = d.add(d.hotline("12345-0302-302", "13953200006"));
    REQUIRE(service.suspectRepeat(second, {target, 75, u("phone,text:40")}).ok());
    const QString reportId = must(service.confirmRepeat(second));
    CHECK(d.get(second).state == u("merged"));
    CHECK(d.get(second).repeatReview == u("confirmed"));
    CHECK(d.get(target).reportCount == 2);
    CHECK(reportFrom(*d.t, target, second).id == reportId);
    const RepeatPair confirmed = pairOf(*d.t, u("confirmed"), second);
    CHECK(confirmed.score == 75);
    CHECK_FALSE(confirmed.decidedBy.isEmpty());
    CHECK(RepeatReview(*d.t).count(u("confirmed")) == 1);
}

TEST_CASE("the hotline import attaches a strong repeat and proposes a moderate one", "[repeats]")
{
    RepeatDesk d;
    d.setScores(90, 40);
    const QString open = d.add(d.draft());
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(QByteArray(kRepeatHeader) + kRepeatLines);
    auto p = importer.preview(f, importer.mappingFor(f), -1);
    REQUIRE(p.ok());
    REQUIRE(p->rows.size() == 3);
    CHECK(p->rows.at(0).attachByDefault);
    CHECK(p->rows.at(0).repeat.caseId == open);
    CHECK(p->rows.at(1).hasRepeat);
    CHECK_FALSE(p->rows.at(1).attachByDefault);
    CHECK(p->rows.at(1).repeat.caseId == open);
    CHECK_FALSE(p->rows.at(2).hasRepeat);
    const int strongScore = p->rows.at(0).repeat.score;

    const HotlineImportReport r = d.import(QByteArray(kRepeatHeader) + kRepeatLines);
    CHECK(r.imported == 3);
    CHECK(r.attached == 1);
    CHECK(r.suspected == 1);
    REQUIRE(r.attachments.size() == 1);
    const HotlineAttachment &a = r.attachments.first();
    CHECK(a.line == 2);
    CHECK(a.order == u("12345-R-001"));
    CHECK(a.targetId == open);
    CHECK(a.score == strongScore);
    CHECK(a.reasonText.contains(u("same phone")));

    const Case strong = d.byOrder("12345-R-001");
    CHECK(a.caseId == strong.id);
    CHECK(strong.state == u("merged"));
    CHECK(strong.repeatOf == open);
    CHECK(strong.repeatReview == u("confirmed"));
    CHECK(d.get(open).reportCount == 2);
    const CaseEvent report = reportFrom(*d.t, open, strong.id);
    CHECK(std::get<workflow::AttachedReport>(report.payload).hotlineOrder == u("12345-R-001"));

    const Case moderate = d.byOrder("12345-R-002");
    CHECK(r.suspectIds == QStringList{moderate.id});
    CHECK(moderate.state == u("registered"));
    CHECK(moderate.repeatReview == u("pending"));
    CHECK(moderate.repeatOf == open);
    CHECK(pairOf(*d.t, u("pending"), moderate.id).score >= 40);

    const Case alone = d.byOrder("12345-R-003");
    CHECK(alone.state == u("registered"));
    CHECK(alone.repeatReview.isEmpty());
    CHECK(alone.repeatOf.isEmpty());
}

TEST_CASE("the operator's choices and switching the check off override the scores", "[repeats]")
{
    SECTION("a strong line kept apart stays a case of its own and a weak one joins the chosen case")
    {
        RepeatDesk d;
        d.setScores(90, 40);
        const QString open = d.add(d.draft());
        HotlineImportOptions options;
        options.attachTo.insert(2, QString()); // the strong line
        options.attachTo.insert(4, open);      // the line that shares nothing
        const HotlineImportReport r = d.import(QByteArray(kRepeatHeader) + kRepeatLines, options);
        CHECK(r.imported == 3);
        REQUIRE(r.attachments.size() == 1);
        CHECK(r.attached == 1);
        CHECK(r.attachments.first().line == 4);
        CHECK(r.attachments.first().targetId == open);
        const Case weak = d.byOrder("12345-R-003");
        CHECK(r.attachments.first().caseId == weak.id);
        CHECK(weak.state == u("merged"));
        CHECK(weak.repeatOf == open);
        const Case kept = d.byOrder("12345-R-001");
        CHECK(kept.state == u("registered"));
        CHECK(kept.repeatReview.isEmpty()); // not proposed for review either
        CHECK_FALSE(r.suspectIds.contains(kept.id));
        CHECK(d.get(open).reportCount == 2);
    }
    SECTION("with the check off no line is attached or proposed")
    {
        RepeatDesk d;
        d.setScores(90, 40);
        const QString open = d.add(d.draft());
        HotlineImportOptions options;
        options.checkRepeats = false;
        HotlineImport importer(*d.t);
        const HotlineFile f = d.file(QByteArray(kRepeatHeader) + kRepeatLines);
        auto p = importer.preview(f, importer.mappingFor(f), -1, options);
        REQUIRE(p.ok());
        for (const HotlinePreviewRow &row : p->rows)
            CHECK_FALSE(row.hasRepeat);
        const HotlineImportReport r = d.import(QByteArray(kRepeatHeader) + kRepeatLines, options);
        CHECK(r.imported == 3);
        CHECK(r.attached == 0);
        CHECK(r.suspected == 0);
        CHECK(r.attachments.isEmpty());
        for (const char *order : {"12345-R-001", "12345-R-002", "12345-R-003"}) {
            INFO(order);
            CHECK(d.byOrder(order).state == u("registered"));
            CHECK(d.byOrder(order).repeatReview.isEmpty());
        }
        CHECK(d.get(open).reportCount == 1);
        CHECK(RepeatReview(*d.t).count(u("pending")) == 0);
    }
}

TEST_CASE("importing a file with repeats again adds nothing, merged lines included", "[repeats]")
{
    RepeatDesk d;
    d.setScores(90, 40);
    const QString open = d.add(d.draft());
    const QByteArray csv = QByteArray(kRepeatHeader) + kRepeatLines;
    const HotlineImportReport first = d.import(csv);
    REQUIRE(first.attached == 1);
    const int cases = d.cases();
    const int events = d.events();

    const HotlineImportReport again = d.import(csv);
    CHECK(again.imported == 0);
    CHECK(again.alreadyThere == 3);
    CHECK(again.attached == 0);
    CHECK(again.suspected == 0);
    CHECK(d.cases() == cases);
    CHECK(d.events() == events);
    CHECK(d.get(open).reportCount == 2);
    CHECK(RepeatReview(*d.t).count(u("pending")) == 1);
}

TEST_CASE("each preview line shows the repeat the finder scores at or above the office's scores", "[repeats]")
{
    RepeatDesk d;
    d.add(d.draft());
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(QByteArray(kRepeatHeader) + kRepeatLines);
    const HotlineMapping mapping = importer.mappingFor(f);
    HotlineRowReader reader(*d.t, f.headers, mapping, importer.categoriesFor());
    // Strict, loose, and one that attaches only a perfect match.
    for (const RepeatScores &scores :
         {RepeatScores{90, 40}, RepeatScores{40, 1}, RepeatScores{RepeatFinder::kMaxScore, 60}}) {
        d.setScores(scores.attach, scores.review);
        auto p = importer.preview(f, mapping, -1);
        REQUIRE(p.ok());
        CHECK(p->scores == scores);
        REQUIRE(p->rows.size() == f.rows.size());
        for (int i = 0; i < f.rows.size(); ++i) {
            const HotlinePreviewRow &row = p->rows.at(i);
            INFO("line " << row.line << ", scores " << scores.attach << "/" << scores.review);
            REQUIRE(row.line == f.rows.at(i).line);
            const HotlineRowReader::Read read = reader.read(f.rows.at(i));
            REQUIRE(read.refusals.isEmpty());
            const RepeatCandidate best = bestRepeat(*d.t, read.draft);
            const bool expected = !best.caseId.isEmpty() && best.score >= scores.review;
            CHECK(row.hasRepeat == expected);
            CHECK(row.attachByDefault == (expected && best.score >= scores.attach));
            if (expected) {
                CHECK(row.repeat.caseId == best.caseId);
                CHECK(row.repeat.score == best.score);
            }
        }
    }
    CHECK(d.cases() == 1); // the previews wrote nothing
}

TEST_CASE("an unknown hotline category is listed once and its mapping is used and remembered", "[repeats]")
{
    RepeatDesk d;
    const QByteArray csv = QByteArray(kRepeatHeader) +
                           "12345-C-001,2026-03-01 09:00,甲先生,13800000001,湛山路8号,门口的垃圾桶坏了,,外星事务,,\n"
                           "12345-C-002,2026-03-01 09:30,乙女士,13800000002,湛山路9号,路口垃圾没人清运,,外星事务,,\n"
                           "12345-C-003,2026-03-01 10:00,丙先生,13800000003,湛山路10号,路灯不亮,,0802,,\n";
    HotlineImport importer(*d.t);
    const HotlineFile f = d.file(csv);
    auto plain = importer.preview(f, importer.mappingFor(f), -1);
    REQUIRE(plain.ok());
    CHECK(plain->unknownCategories == QStringList{u("外星事务")});
    CHECK(plain->rows.at(0).unmappedCategory == u("外星事务"));

    HotlineImportOptions options;
    options.categories.set(u("外星事务"), d.rubbish);
    auto mapped = importer.preview(f, importer.mappingFor(f), -1, options);
    REQUIRE(mapped.ok());
    CHECK(mapped->unknownCategories.isEmpty());
    CHECK(mapped->rows.at(0).unmappedCategory.isEmpty());

    const HotlineImportReport r = d.import(csv, options);
    CHECK(r.imported == 3);
    CHECK(r.unmapped == 0);
    CHECK(r.mappedCategories.value(u("外星事务")) == d.rubbish);
    CHECK(d.byOrder("12345-C-001").categoryId == d.rubbish);
    CHECK(d.byOrder("12345-C-003").categoryId == d.lamps);
    CHECK(HotlineCategoryMap::remembered(*d.t).categoryFor(u("外星事务")) == d.rubbish);
    // The next file needs no answer.
    auto later = HotlineImport(*d.t).preview(f, importer.mappingFor(f), -1);
    REQUIRE(later.ok());
    CHECK(later->unknownCategories.isEmpty());

    auto spec = HotlineCategoryMap::fromSpec(*d.t, u("路灯不亮=0802;垃圾=垃圾清运"));
    INFO(spec.message().toStdString());
    REQUIRE(spec.ok());
    CHECK(spec->categoryFor(u("路灯不亮")) == d.lamps);
    CHECK(spec->categoryFor(u("垃圾")) == d.rubbish);
    auto unknown = HotlineCategoryMap::fromSpec(*d.t, u("外星事务=9999"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Invalid);
    CHECK(unknown.message().contains(u("9999")));
}

TEST_CASE("the repeat scores are checked field by field and damaged values read as the defaults", "[repeats]")
{
    TestDb t;
    const RepeatScores defaults;
    CHECK(RepeatFinder::scoresSetting(*t) == defaults);
    CHECK_FALSE(CaseSettings::validateScores(defaults).isError());
    CHECK_FALSE(CaseSettings::validateScores({RepeatFinder::kMaxScore, RepeatFinder::kMaxScore}).isError());
    struct Bad {
        RepeatScores scores;
        const char *field;
    };
    for (const Bad &b : {Bad{{60, 80}, RepeatFinder::kReviewScoreKey}, Bad{{0, 0}, RepeatFinder::kAttachScoreKey},
                         Bad{{RepeatFinder::kMaxScore + 1, 40}, RepeatFinder::kAttachScoreKey},
                         Bad{{90, 0}, RepeatFinder::kReviewScoreKey}, Bad{{-5, 40}, RepeatFinder::kAttachScoreKey}}) {
        INFO(b.scores.attach << "/" << b.scores.review);
        const Error e = CaseSettings::validateScores(b.scores);
        CHECK(e.kind == ErrorKind::Invalid);
        CHECK(e.field == u(b.field));
        CHECK_FALSE(e.message.isEmpty());
    }

    t->setActor(actorAs(Role::Admin));
    CaseSettings settings(*t);
    const Status refused = settings.save(DeadlineRules::load(*t), settings.repeatWindowDays(), RepeatScores{50, 60});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u(RepeatFinder::kReviewScoreKey));
    CHECK(RepeatFinder::scoresSetting(*t) == defaults);
    CHECK(t->meta(u(RepeatFinder::kAttachScoreKey)).isEmpty());
    REQUIRE(settings.save(DeadlineRules::load(*t), settings.repeatWindowDays(), RepeatScores{90, 40}).ok());
    CHECK(RepeatFinder::scoresSetting(*t) == (RepeatScores{90, 40}));
    t->setActor(actorAs(Role::Staff));
    CHECK(settings.save(DeadlineRules::load(*t), settings.repeatWindowDays(), RepeatScores{80, 30}).error().kind ==
          ErrorKind::Permission);
    CHECK(RepeatFinder::scoresSetting(*t) == (RepeatScores{90, 40}));

    struct Damaged {
        const char *attach;
        const char *review;
        RepeatScores reads;
    };
    for (const Damaged &m :
         {Damaged{"abc", "40", {70, 40}}, Damaged{"500", "12.5", defaults}, Damaged{"50", "60", defaults},
          Damaged{" 90 ", "-3", {90, 45}}, Damaged{"", "", defaults}, Damaged{" 100 ", "20", {100, 20}}}) {
        {
            Transaction tx(*t);
            REQUIRE(t->setMeta(u(RepeatFinder::kAttachScoreKey), u(m.attach)).ok());
            REQUIRE(t->setMeta(u(RepeatFinder::kReviewScoreKey), u(m.review)).ok());
            REQUIRE(tx.commit().ok());
        }
        INFO(m.attach << " / " << m.review);
        const RepeatScores read = RepeatFinder::scoresSetting(*t);
        CHECK(read.attach == m.reads.attach);
        CHECK(read.review == m.reads.review);
    }
}
