// Merging two copies of a row (exchange/RowMerge.h): the newer value of each field, conflicts
// only for edits made without knowing of each other, a delete racing an edit, nothing new
// stamped; and, over random edit scripts on three offices, the same row in every merge order
// with every losing value reported.
#include "exchange/RowMerge.h"

#include <QRandomGenerator>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace gd::exchange;

namespace {

const QStringList kFields{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")};

// One office's copy of the row and its clock.
struct Office {
    QString site;
    qint64 clock = 0;
    RowVersion row;

    void edit(const QString &field, const QVariant &value)
    {
        const qint64 stamp = ++clock;
        if (field == QLatin1String("deleted"))
            row.deleted = value.toBool();
        else
            row.fields.insert(field, value);
        row.fstamps.insert(field, FieldStamp{stamp, site});
        row.vv.insert(site, stamp);
        row.hlc = stamp;
        row.site = site;
    }
    // Takes another office's copy, as a merge does: the clock moves past what it received.
    QList<FieldConflict> receive(const RowVersion &other)
    {
        const RowMergeResult r = mergeRow(row, other, kFields);
        row = r.merged;
        clock = std::max(clock, other.hlc);
        return r.conflicts;
    }
};

RowVersion created()
{
    RowVersion r;
    r.id = QStringLiteral("0193e4a0-0000-7000-8000-000000000001");
    r.originSite = r.site = QStringLiteral("a");
    r.createdHlc = r.hlc = 1;
    r.vv.insert(QStringLiteral("a"), 1);
    r.fields = {{QStringLiteral("name"), QStringLiteral("王芳")},
                {QStringLiteral("phone"), QStringLiteral("13800000000")},
                {QStringLiteral("address"), QStringLiteral("三明南路2号")}};
    return r;
}

QList<Office> offices()
{
    QList<Office> out;
    for (const char *site : {"a", "b", "c"})
        out << Office{QLatin1String(site), 1, created()};
    return out;
}

} // namespace

TEST_CASE("a field changed on one side only is taken, without a conflict", "[exchange][merge]")
{
    QList<Office> o = offices();
    o[1].edit(QStringLiteral("phone"), QStringLiteral("13911112222"));
    const RowMergeResult r = mergeRow(o[0].row, o[1].row, kFields);
    CHECK(r.outcome == RowMergeResult::Updated);
    CHECK(r.conflicts.isEmpty());
    CHECK(r.merged.fields.value(QStringLiteral("phone")) == QStringLiteral("13911112222"));
    CHECK(r.merged.vv.value(QStringLiteral("b")) == 2);
    CHECK(r.merged.hlc == 2);
    CHECK(r.merged.site == QStringLiteral("b"));
    // Again, and the other way round: nothing more to take.
    CHECK(mergeRow(r.merged, o[1].row, kFields).outcome == RowMergeResult::Unchanged);
    CHECK(mergeRow(o[1].row, o[0].row, kFields).outcome == RowMergeResult::Unchanged);
    // Different fields on each side: both kept.
    o[0].edit(QStringLiteral("name"), QStringLiteral("王芳芳"));
    const RowMergeResult both = mergeRow(o[0].row, o[1].row, kFields);
    CHECK(both.conflicts.isEmpty());
    CHECK(both.merged.fields.value(QStringLiteral("name")) == QStringLiteral("王芳芳"));
    CHECK(both.merged.fields.value(QStringLiteral("phone")) == QStringLiteral("13911112222"));
}

TEST_CASE("a field changed on both sides keeps the later edit and reports the other", "[exchange][merge]")
{
    QList<Office> o = offices();
    o[0].edit(QStringLiteral("phone"), QStringLiteral("13900000001"));
    o[1].edit(QStringLiteral("phone"), QStringLiteral("13900000002")); // same HLC: site "b" > "a" decides
    const RowMergeResult ab = mergeRow(o[0].row, o[1].row, kFields);
    const RowMergeResult ba = mergeRow(o[1].row, o[0].row, kFields);
    CHECK(ab.merged == ba.merged);
    CHECK(ab.merged.fields.value(QStringLiteral("phone")) == QStringLiteral("13900000002"));
    REQUIRE(ab.conflicts.size() == 1);
    CHECK(ab.conflicts[0].field == QStringLiteral("phone"));
    CHECK(ab.conflicts[0].kept == QStringLiteral("13900000002"));
    CHECK(ab.conflicts[0].lost == QStringLiteral("13900000001"));
    CHECK(ba.conflicts[0].lost == QStringLiteral("13900000001"));
    // The same value typed on both sides is no conflict.
    QList<Office> p = offices();
    p[0].edit(QStringLiteral("name"), QStringLiteral("李娜"));
    p[1].edit(QStringLiteral("name"), QStringLiteral("李娜"));
    CHECK(mergeRow(p[0].row, p[1].row, kFields).conflicts.isEmpty());
    // An edit made after seeing the other's is no conflict either.
    QList<Office> q = offices();
    q[0].edit(QStringLiteral("name"), QStringLiteral("甲"));
    q[1].receive(q[0].row);
    q[1].edit(QStringLiteral("name"), QStringLiteral("乙"));
    const RowMergeResult later = mergeRow(q[0].row, q[1].row, kFields);
    CHECK(later.conflicts.isEmpty());
    CHECK(later.merged.fields.value(QStringLiteral("name")) == QStringLiteral("乙"));
}

TEST_CASE("a delete racing an edit is a conflict, a delete after seeing the edit is not", "[exchange][merge]")
{
    QList<Office> o = offices();
    o[0].edit(QStringLiteral("deleted"), true);
    o[1].edit(QStringLiteral("address"), QStringLiteral("三明南路4号"));
    const RowMergeResult r = mergeRow(o[0].row, o[1].row, kFields);
    CHECK(r.merged == mergeRow(o[1].row, o[0].row, kFields).merged);
    CHECK(r.merged.fields.value(QStringLiteral("address")) == QStringLiteral("三明南路4号")); // the edit is kept
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == QStringLiteral("deleted"));

    // Deleted on one side, deleted and restored on the other without knowing: a conflict.
    QList<Office> d = offices();
    d[0].edit(QStringLiteral("deleted"), true);
    d[1].edit(QStringLiteral("deleted"), true);
    d[1].edit(QStringLiteral("deleted"), false);
    const RowMergeResult restored = mergeRow(d[0].row, d[1].row, kFields);
    CHECK_FALSE(restored.merged.deleted); // the later edit: the restore
    REQUIRE(restored.conflicts.size() == 1);
    CHECK(restored.conflicts[0].lost == true);

    QList<Office> p = offices();
    p[1].edit(QStringLiteral("address"), QStringLiteral("三明南路4号"));
    p[0].receive(p[1].row);
    p[0].edit(QStringLiteral("deleted"), true);
    const RowMergeResult seen = mergeRow(p[1].row, p[0].row, kFields);
    CHECK(seen.conflicts.isEmpty());
    CHECK(seen.merged.deleted);
}

TEST_CASE("the stored JSON forms round-trip, stamps past 2^53 included", "[exchange][merge]")
{
    const QMap<QString, qint64> vv{{QStringLiteral("s1"), 281474976710656042LL}, {QStringLiteral("s2"), 7}};
    CHECK(parseVersionVector(versionVectorJson(vv)) == vv);
    CHECK(versionVectorJson(vv) == QStringLiteral("{\"s1\":\"281474976710656042\",\"s2\":\"7\"}"));
    const QMap<QString, FieldStamp> stamps{
        {QStringLiteral("name"), FieldStamp{281474976710656043LL, QStringLiteral("s1")}}};
    CHECK(parseFieldStamps(fieldStampsJson(stamps)) == stamps);
    CHECK(parseVersionVector(QStringLiteral("{\"s1\":3}")).value(QStringLiteral("s1")) == 3); // an old counter
}

TEST_CASE("random edits on three offices merge to the same row in every order, every loser reported",
          "[exchange][merge]")
{
    QRandomGenerator rng(20261126);
    for (int script = 0; script < 300; ++script) {
        INFO("script " << script);
        QList<Office> o = offices();
        const bool syncs = script % 2 == 1; // half the scripts also pass copies between offices
        for (int step = 0; step < 12; ++step) {
            Office &at = o[int(rng.bounded(3))];
            if (syncs && rng.bounded(4) == 0) {
                at.receive(o[int(rng.bounded(3))].row);
                continue;
            }
            const int f = int(rng.bounded(4));
            if (f == 3)
                at.edit(QStringLiteral("deleted"), !at.row.deleted);
            else
                at.edit(kFields[f], QStringLiteral("v%1").arg(rng.bounded(3))); // few values: equal ones too
        }
        QList<int> order{0, 1, 2};
        RowVersion first;
        QList<QList<FieldConflict>> reported;
        int orders = 0;
        do {
            Office target = o[order[0]];
            QList<FieldConflict> conflicts;
            conflicts += target.receive(o[order[1]].row);
            conflicts += target.receive(o[order[2]].row);
            if (orders++ == 0)
                first = target.row;
            CHECK(target.row == first);
            // Idempotent: each copy again changes nothing.
            for (const Office &x : o)
                CHECK(mergeRow(target.row, x.row, kFields).outcome == RowMergeResult::Unchanged);
            for (const FieldConflict &c : conflicts)
                CHECK(c.kept != c.lost);
            // Without passing copies around every edit is concurrent with the others: each value an
            // office typed that is not the final one must have been reported lost.
            if (!syncs)
                for (const QString &f : kFields)
                    for (const Office &x : o) {
                        const QVariant v = x.row.fields.value(f);
                        if (!x.row.fstamps.contains(f) || v == target.row.fields.value(f))
                            continue; // never edited there (the creation's value is no rival), or it won
                        const bool lost =
                            std::any_of(conflicts.cbegin(), conflicts.cend(),
                                        [&](const FieldConflict &c) { return c.field == f && c.lost == v; });
                        INFO("field " << f.toStdString() << " value " << v.toString().toStdString());
                        CHECK(lost);
                    }
            // The merged version vector knows every office's newest edit.
            for (const Office &x : o)
                for (auto it = x.row.vv.cbegin(); it != x.row.vv.cend(); ++it)
                    CHECK(target.row.vv.value(it.key()) >= it.value());
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(orders == 6);
    }
}

TEST_CASE("a natural-key row made on three offices, deleted on two, ends the same in every merge order",
          "[exchange][merge]")
{
    // Each office makes "the same" row (a uuid v5 id) with its own creation; A deletes it at 150,
    // C at 180, B never. Whatever the order, every copy must end identical (the review's case:
    // a deletion won by a creation stamp kept a stale explicit stamp and diverged).
    auto make = [](const char *site, qint64 at) {
        Office o;
        o.site = QLatin1String(site);
        o.clock = at;
        o.row = created();
        o.row.originSite = o.row.site = o.site;
        o.row.createdHlc = o.row.hlc = at;
        o.row.vv = {{o.site, at}};
        return o;
    };
    Office a = make("a", 100), b = make("b", 200), c = make("c", 160);
    a.clock = 149;
    a.edit(QStringLiteral("deleted"), true);
    c.clock = 179;
    c.edit(QStringLiteral("deleted"), true);
    const QList<RowVersion> copies{a.row, b.row, c.row};
    QList<int> order{0, 1, 2};
    QList<RowVersion> ends;
    do {
        // Every office receives the other two in this order; all end the same.
        for (int receiver = 0; receiver < 3; ++receiver) {
            RowVersion row = copies.at(receiver);
            for (int k : order)
                if (k != receiver)
                    row = mergeRow(row, copies.at(k), kFields).merged;
            ends << row;
        }
    } while (std::next_permutation(order.begin(), order.end()));
    for (const RowVersion &r : ends) {
        INFO(versionVectorJson(r.vv).toStdString() << " " << fieldStampsJson(r.fstamps).toStdString());
        CHECK(r == ends.first());
    }
    CHECK(ends.first().createdHlc == 100);
}
