// Three offices that share a base, edit it independently through the real services (renames,
// worker and grid fields, tombstones and restores, new cases and workflow actions, the same field
// of the same row on two offices), then exchange full packages: every order of merging gives
// the same exchanged content (one digest), each field holds the newest edit, and every value
// that lost to a concurrent edit is kept in merge_conflicts of every merged file. Property test
// over fixed seeds; the seed is printed on failure.
#include "test_convergence_fixture.h"

using namespace gd;
using namespace gdtest;
using namespace gdtest::convergence;

TEST_CASE("three offices' random edits merge to the same content in every order, every loser kept",
          "[exchange][merge][convergence]")
{
    Base base;
    const FieldMap baseFields = readFields(*base.a.t);
    int concurrentKeys = 0, lostValues = 0, conflictsSeen = 0, branchedCases = 0;
    qint64 visitsMade = 0, photosMade = 0, householdsMade = 0, disputesMade = 0, sessionsMade = 0, jointMade = 0,
           tasksDone = 0, councilsMade = 0, servicesMade = 0; // across seeds
    // Rows only ever added (a deletion is a tombstone): after every merge, each office holds all of them.
    const QStringList kUnion{QStringLiteral("cases"),
                             QStringLiteral("case_events"),
                             QStringLiteral("visits"),
                             QStringLiteral("visit_photos"),
                             QStringLiteral("care_households"),
                             QStringLiteral("disputes"),
                             QStringLiteral("dispute_parties"),
                             QStringLiteral("dispute_mediators"),
                             QStringLiteral("dispute_sessions"),
                             QStringLiteral("joint_activities"),
                             QStringLiteral("joint_activity_people"),
                             QStringLiteral("joint_meetings"),
                             QStringLiteral("joint_tasks"),
                             QStringLiteral("councils"),
                             QStringLiteral("volunteer_services"),
                             QStringLiteral("volunteer_service_people")};
    QHash<QString, qint64> baseCounts;
    for (const QString &t : kUnion)
        baseCounts.insert(t, countOf(*base.a.t, t));

    for (quint32 seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QRandomGenerator rng(seed);

        // Each office from the base, on its own clock; the three clocks start together.
        Office offices[3];
        QString files[3], packages[3];
        for (int i = 0; i < 3; ++i) {
            files[i] = dir.filePath(QStringLiteral("office-%1.griddesk").arg(QLatin1Char('a' + i)));
            packages[i] = dir.filePath(QStringLiteral("office-%1.gdpkg").arg(QLatin1Char('a' + i)));
            REQUIRE(QFile::copy(base.paths[i], files[i]));
            offices[i].clock = std::make_shared<ManualClock>(base.startMs);
            offices[i].db = openFile(files[i], offices[i].clock);
            offices[i].cases = base.cases;
        }
        QSet<QString> baseEvents;
        {
            QSqlQuery q(offices[0].db->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM case_events")));
            while (q.next())
                baseEvents.insert(q.value(0).toString());
        }
        // The script: forced same-field edits on two offices, then random edits anywhere.
        for (int k = 0; k < 2; ++k) {
            const int x = int(rng.bounded(3)), y = (x + 1 + int(rng.bounded(2))) % 3;
            concurrentEdit(offices[x], offices[y], base, rng);
        }
        for (int step = 0; step < 36; ++step)
            randomEdit(offices[rng.bounded(3)], base, rng);
        for (const Office &o : offices)
            CHECK(o.edits > 0);

        // Cases moved on in two or more offices, each from the base's last move: a branching each
        // (every office's own moves are a chain, so there is one per such case).
        QHash<QString, int> movers;
        for (const Office &o : offices) {
            QSqlQuery q(o.db->sql());
            REQUIRE(
                q.exec(QStringLiteral("SELECT id, case_id FROM case_events WHERE after_event IS NOT NULL AND action "
                                      "NOT IN ('note', 'meeting', 'supervise', 'report', 'split', 'settle_branch')")));
            QSet<QString> moved;
            while (q.next())
                if (!baseEvents.contains(q.value(0).toString()))
                    moved.insert(q.value(1).toString());
            for (const QString &c : std::as_const(moved))
                ++movers[c];
        }
        QMap<QString, int> expectedBranches;
        for (auto it = movers.cbegin(); it != movers.cend(); ++it)
            if (it.value() > 1)
                expectedBranches.insert(it.key(), 1);
        branchedCases += int(expectedBranches.size());

        FieldMap edited[3];
        qint64 endMs = 0;
        // New cases and events are a union: the base's and what each office added.
        QHash<QString, qint64> unionCounts = baseCounts;
        for (int i = 0; i < 3; ++i) {
            for (const QString &t : kUnion)
                unionCounts[t] += countOf(*offices[i].db, t) - baseCounts.value(t);
            edited[i] = readFields(*offices[i].db);
            visitsMade +=
                countOf(*offices[i].db, QStringLiteral("visits")) - baseCounts.value(QStringLiteral("visits"));
            photosMade += countOf(*offices[i].db, QStringLiteral("visit_photos")) -
                          baseCounts.value(QStringLiteral("visit_photos"));
            householdsMade += countOf(*offices[i].db, QStringLiteral("care_households")) -
                              baseCounts.value(QStringLiteral("care_households"));
            disputesMade +=
                countOf(*offices[i].db, QStringLiteral("disputes")) - baseCounts.value(QStringLiteral("disputes"));
            sessionsMade += countOf(*offices[i].db, QStringLiteral("dispute_sessions")) -
                            baseCounts.value(QStringLiteral("dispute_sessions"));
            jointMade += countOf(*offices[i].db, QStringLiteral("joint_activities")) +
                         countOf(*offices[i].db, QStringLiteral("joint_meetings")) -
                         baseCounts.value(QStringLiteral("joint_activities")) -
                         baseCounts.value(QStringLiteral("joint_meetings"));
            servicesMade += countOf(*offices[i].db, QStringLiteral("volunteer_services")) -
                            baseCounts.value(QStringLiteral("volunteer_services"));
            councilsMade +=
                countOf(*offices[i].db, QStringLiteral("councils")) - baseCounts.value(QStringLiteral("councils"));
            tasksDone += scalar(*offices[i].db, QStringLiteral("SELECT count(*) FROM joint_tasks WHERE done_ms > 0"));
            exportTo(*offices[i].db, packages[i]);
            endMs = std::max(endMs, offices[i].clock->nowMs());
        }

        // What every merged file must hold: per field, the edit with the newest stamp (HLC, then
        // site); and each value an office set that is not the final one, as a lost value.
        FieldMap expected = baseFields;
        QList<QPair<QString, FieldState>> mustBeLost;
        QStringList keys = baseFields.keys();
        for (const FieldMap &m : edited)
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                if (!baseFields.contains(it.key()))
                    keys << it.key();
        keys.removeDuplicates();
        QSet<QString> concurrent;
        for (const QString &key : std::as_const(keys)) {
            QList<int> editors;
            for (int i = 0; i < 3; ++i)
                if (edited[i].contains(key) &&
                    (!baseFields.contains(key) || !(edited[i].value(key).stamp == baseFields.value(key).stamp)))
                    editors << i;
            if (editors.isEmpty())
                continue;
            FieldState winner = edited[editors.first()].value(key);
            for (int i : editors)
                if (winner.stamp < edited[i].value(key).stamp)
                    winner = edited[i].value(key);
            expected.insert(key, winner);
            if (editors.size() < 2)
                continue;
            concurrent.insert(key);
            ++concurrentKeys;
            for (int i : editors) {
                const FieldState &mine = edited[i].value(key);
                if (mine.text != winner.text || mine.isNull != winner.isNull)
                    mustBeLost << qMakePair(key, mine);
            }
        }
        // A delete racing an edit: the office that edited the row and kept it lost its "false".
        for (const QString &key : std::as_const(keys)) {
            if (!key.endsWith(QLatin1String("|deleted")) || expected.value(key).text != QLatin1String("true"))
                continue;
            const QString row = key.left(key.size() - kDeleted.size());
            for (int i = 0; i < 3; ++i) {
                if (edited[i].value(key).text != QLatin1String("false"))
                    continue;
                bool editedRow = false;
                for (auto it = edited[i].cbegin(); it != edited[i].cend(); ++it)
                    editedRow =
                        editedRow || (it.key().startsWith(row) && !it.key().endsWith(QLatin1String("|deleted")) &&
                                      !(it.value().stamp == baseFields.value(it.key()).stamp));
                if (editedRow)
                    mustBeLost << qMakePair(key, edited[i].value(key));
            }
        }
        lostValues += mustBeLost.size();

        // Every office's file takes the other two packages, in both orders; and a new office's
        // file takes all three, in the order this seed picks.
        QList<int> order{0, 1, 2};
        QByteArray first;
        int orders = 0;
        do {
            INFO("order " << order[0] << order[1] << order[2]);
            const QString path =
                dir.filePath(QStringLiteral("merged-%1%2%3.griddesk").arg(order[0]).arg(order[1]).arg(order[2]));
            snapshot(*offices[order[0]].db, path);
            auto clock = std::make_shared<ManualClock>(endMs + 1000);
            std::unique_ptr<Database> db = openFile(path, clock);
            for (int k = 1; k < 3; ++k) {
                // Merges a second apart: the backup before a merge is named by the second (see
                // test_exchange_merge_edges.cpp for two merges within one).
                clock->advance(1500);
                const exchange::MergeReport r = merge(*db, packages[order[k]]);
                CHECK_FALSE(r.alreadyMerged);
                CHECK_FALSE(r.clockCapped);
            }
            const QByteArray digest = digestOf(*db);
            if (orders++ == 0)
                first = digest;
            CHECK(digest.toHex().toStdString() == first.toHex().toStdString());

            for (const QString &t : kUnion) {
                INFO(t.toStdString());
                CHECK(countOf(*db, t) == unionCounts.value(t));
            }
            {
                // Every branching listed, and no other.
                QMap<QString, int> branches;
                QSqlQuery q(db->sql());
                REQUIRE(q.exec(QStringLiteral("SELECT id, branches FROM cases WHERE branches > 0")));
                while (q.next())
                    branches.insert(q.value(0).toString(), q.value(1).toInt());
                CHECK(branches == expectedBranches);
            }
            const FieldMap merged = readFields(*db);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                INFO(it.key().toStdString());
                REQUIRE(merged.contains(it.key()));
                CHECK(merged.value(it.key()).text == it.value().text);
                CHECK(merged.value(it.key()).stamp == it.value().stamp);
            }
            for (const auto &[key, lost] : std::as_const(mustBeLost)) {
                INFO(key.toStdString() << " lost " << lost.text.toStdString());
                CHECK(hasLost(*db, key, lost));
            }
            // Conflicts only where two offices edited the field (or a delete raced an edit), and
            // never a value kept and lost at once.
            auto open = exchange::openConflicts(*db);
            REQUIRE(open.ok());
            for (const exchange::MergeConflict &c : *open) {
                INFO(c.table.toStdString() << " " << c.rowId.toStdString() << " " << c.field.toStdString() << " kept "
                                           << c.kept.toStdString() << " lost " << c.lost.toStdString());
                CHECK(c.kept != c.lost);
                if (c.field != kDeleted)
                    CHECK(concurrent.contains(keyOf(c.table, c.rowId, c.field)));
            }
            conflictsSeen += int(open->size());
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(orders == 6);

        // A new office's file (its own site, no base) that takes the three packages.
        {
            TestDb fresh;
            fresh.clock->setMs(endMs + 2000);
            QList<int> pick{0, 1, 2};
            for (quint32 n = seed % 6; n > 0; --n)
                std::next_permutation(pick.begin(), pick.end());
            INFO("new office, order " << pick[0] << pick[1] << pick[2]);
            for (int i : pick) {
                fresh.clock->advance(1500);
                merge(*fresh, packages[i]);
            }
            CHECK(digestOf(*fresh).toHex().toStdString() == first.toHex().toStdString());
            for (const auto &[key, lost] : std::as_const(mustBeLost)) {
                INFO(key.toStdString() << " lost " << lost.text.toStdString());
                CHECK(hasLost(*fresh, key, lost));
            }
        }
    }
    // The scripts did make concurrent edits and losers (the test is not vacuous).
    CHECK(concurrentKeys >= 25);
    CHECK(lostValues >= 25);
    CHECK(conflictsSeen > 0);
    CHECK(branchedCases >= 5);
    CHECK(visitsMade >= 25);
    CHECK(photosMade > 0);
    CHECK(householdsMade > 0);
    CHECK(disputesMade >= 10);
    CHECK(sessionsMade > 0);
    CHECK(jointMade >= 10);
    CHECK(tasksDone > 0);
    CHECK(councilsMade >= 10);
    CHECK(servicesMade >= 10);
}
