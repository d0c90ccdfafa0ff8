#include "Payouts.h"

#include "MonthReview.h"
#include "ReviewSettings.h"
#include "access/Permissions.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"
#include "util/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

constexpr char kRewardsKey[] = "star_rewards";
constexpr char kFromKey[] = "star_reward_from"; // "next_month" (the default) or "same_month"

// The part-time workers covering a vacant grid during the month: the cover's monthly subsidy for
// the days it ran (a cover from the 16th of a 30-day month earns 15/30 of it), to the yuan.
Result<QList<Payout>> coverSubsidies(Database &db, const QString &month)
{
    const MonthDays days = monthDays(month);
    const QDate first = QDate::fromString(days.first, QStringLiteral("yyyy-MM-dd"));
    const QDate last = first.addMonths(1).addDays(-1);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT c.worker_id, w.name, g.name, c.start_date, c.end_date, c.monthly_subsidy FROM "
                             "grid_covers c JOIN workers w ON w.id = c.worker_id JOIN grids g ON g.id = c.grid_id "
                             "WHERE c.deleted = 0 AND c.monthly_subsidy > 0 AND c.start_date <= ? AND (c.end_date = '' "
                             "OR c.end_date >= ?) ORDER BY w.name, g.name"));
    q.addBindValue(last.toString(QStringLiteral("yyyy-MM-dd")));
    q.addBindValue(days.first);
    if (Status failed = exec(q); !failed)
        return failed.error();
    QList<Payout> out;
    while (q.next()) {
        const QDate from = qMax(first, QDate::fromString(q.value(3).toString(), QStringLiteral("yyyy-MM-dd")));
        const QDate endDate = QDate::fromString(q.value(4).toString(), QStringLiteral("yyyy-MM-dd"));
        const QDate to = endDate.isValid() ? qMin(last, endDate) : last;
        const int covered = int(from.daysTo(to)) + 1, inMonth = first.daysInMonth();
        if (covered <= 0)
            continue;
        Payout p;
        p.kind = Payout::CoverSubsidy;
        p.workerId = q.value(0).toString();
        p.name = q.value(1).toString();
        p.amount = std::round(q.value(5).toDouble() * covered / inMonth);
        p.note = Text::tr("Covering %1, %2 of %3 days").arg(q.value(2).toString()).arg(covered).arg(inMonth);
        out << p;
    }
    return out;
}

} // namespace

QString payoutKindName(Payout::Kind kind)
{
    return kind == Payout::CoverSubsidy ? Text::tr("Cover subsidy") : Text::tr("Star reward");
}

RewardSettings RewardSettings::load(Database &db)
{
    RewardSettings s;
    const QJsonArray stored = QJsonDocument::fromJson(db.meta(QLatin1String(kRewardsKey)).toUtf8()).array();
    if (stored.size() == 6) {
        s.perStar.clear();
        for (const QJsonValue &v : stored)
            s.perStar << v.toDouble();
    }
    s.newStarPaysSameMonth = db.meta(QLatin1String(kFromKey)) == QLatin1String("same_month");
    return s;
}

Status RewardSettings::save(Database &db) const
{
    if (perStar.size() != 6)
        return Error::invalid(QStringLiteral("rewards"),
                              Text::tr("Give one amount for each level, none to five stars."));
    QJsonArray amounts;
    for (double a : perStar) {
        if (!(a >= 0))
            return Error::invalid(QStringLiteral("rewards"), Text::tr("A reward cannot be below zero."));
        amounts.append(a);
    }
    const Result<bool> done = writeTransaction<bool>(db, Permission::EditSettings, [&]() -> Result<bool> {
        if (Status s = saveSetting(db, QLatin1String(kRewardsKey),
                                   QString::fromUtf8(QJsonDocument(amounts).toJson(QJsonDocument::Compact)));
            !s)
            return s.error();
        if (Status s = saveSetting(db, QLatin1String(kFromKey),
                                   newStarPaysSameMonth ? QStringLiteral("same_month") : QStringLiteral("next_month"));
            !s)
            return s.error();
        return true;
    });
    return done.status();
}

Result<QList<Payout>> payouts(Database &db, const QString &month)
{
    auto st = monthStatus(db, month);
    if (!st)
        return st.error();
    if (st->state != MonthState::Approved)
        return Error::invalid(
            QStringLiteral("month"),
            Text::tr("The review of %1 is not approved yet: rewards are paid on the approved month.").arg(month));
    auto sheet = reviewSheet(db, month);
    if (!sheet)
        return sheet.error();
    const RewardSettings rewards = RewardSettings::load(db);
    // Where a veto bars the year, those vetoed in an approved month of the year up to this one.
    QSet<QString> barred;
    if (ReviewRules::load(db).stars.veto == VetoEffect::YearBarred) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT DISTINCT worker_id FROM rating_results WHERE veto = 1 AND month >= ? AND "
                                 "month <= ? AND deleted = 0"));
        q.addBindValue(month.left(4) + QStringLiteral("-01"));
        q.addBindValue(month);
        if (Status failed = exec(q); !failed)
            return failed.error();
        while (q.next())
            barred.insert(q.value(0).toString());
    }
    QList<Payout> out;
    for (const SheetRow &r : sheet->rows) {
        Payout p{r.workerId, r.name, rewards.newStarPaysSameMonth ? r.decision.to : r.star, 0, {}, Payout::StarReward};
        if (barred.contains(r.workerId))
            p.note = Text::tr("A veto this year: no star reward for the rest of the year.");
        else
            p.amount = rewards.perStar.value(qBound(0, p.star, 5));
        out << p;
    }
    auto covers = coverSubsidies(db, month);
    if (!covers)
        return covers.error();
    return out + *covers;
}

Status writeReviewXlsx(const QString &path, const MonthSheet &sheet, const QList<Payout> &payouts)
{
    XlsxWorkbook book;
    if (Status s = book.open(path); !s)
        return s;
    Result<int> review = book.addSheet(Text::tr("Review %1").arg(sheet.month));
    if (!review)
        return review.status();
    Result<int> paid = book.addSheet(Text::tr("Rewards %1").arg(sheet.month));
    if (!paid)
        return paid.status();
    // The first refusal of a cell is the workbook's: later writes are not tried.
    Status written;
    auto put = [&written](Status s) {
        if (written && !s)
            written = s;
    };
    QStringList headers{Text::tr("Worker")};
    for (const RatingItem &i : sheet.items)
        headers << i.name;
    headers << Text::tr("Total") << Text::tr("Star") << Text::tr("Proposed star") << Text::tr("Why");
    for (int c = 0; c < headers.size(); ++c)
        put(book.text(*review, 0, c, headers.at(c), XlsxWorkbook::Bold));
    book.setColumns(*review, int(headers.size() - 1), int(headers.size() - 1), 90);
    book.freezePanes(*review, 1, 1);
    int row = 1;
    for (const SheetRow &r : sheet.rows) {
        int c = 0;
        put(book.text(*review, row, c++, r.name));
        for (const RatingItem &i : sheet.items)
            put(book.number(*review, row, c++, r.values.value(i.code).points));
        put(book.number(*review, row, c++, r.total, XlsxWorkbook::Bold));
        put(book.text(*review, row, c++, starName(r.star)));
        put(book.text(*review, row, c++, starName(r.decision.to)));
        put(book.text(*review, row, c++, r.decision.explanation));
        ++row;
    }

    const QStringList payHeaders{Text::tr("Worker"), Text::tr("For"), Text::tr("Star"), Text::tr("Amount (yuan)"),
                                 Text::tr("Note")};
    for (int c = 0; c < payHeaders.size(); ++c)
        put(book.text(*paid, 0, c, payHeaders.at(c), XlsxWorkbook::Bold));
    book.setColumns(*paid, 0, 3, 16);
    book.setColumns(*paid, 4, 4, 40);
    row = 1;
    double total = 0;
    for (const Payout &p : payouts) {
        put(book.text(*paid, row, 0, p.name));
        put(book.text(*paid, row, 1, payoutKindName(p.kind)));
        if (p.kind == Payout::StarReward)
            put(book.text(*paid, row, 2, starName(p.star)));
        put(book.number(*paid, row, 3, p.amount, XlsxWorkbook::Money));
        if (!p.note.isEmpty())
            put(book.text(*paid, row, 4, p.note));
        total += p.amount;
        ++row;
    }
    put(book.text(*paid, row, 0, Text::tr("Total"), XlsxWorkbook::Bold));
    put(book.number(*paid, row, 3, total, XlsxWorkbook::Money));
    if (!written)
        return written;
    return book.finish();
}

} // namespace gd::rating
