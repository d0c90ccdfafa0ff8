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

namespace gd::rating {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::rating)
};

constexpr char kRewardsKey[] = "star_rewards";
constexpr char kFromKey[] = "star_reward_from"; // "next_month" (the default) or "same_month"

} // namespace

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
        Payout p{r.workerId, r.name, rewards.newStarPaysSameMonth ? r.decision.to : r.star, 0, {}};
        if (barred.contains(r.workerId))
            p.note = Text::tr("A veto this year: no star reward for the rest of the year.");
        else
            p.amount = rewards.perStar.value(qBound(0, p.star, 5));
        out << p;
    }
    return out;
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

    const QStringList payHeaders{Text::tr("Worker"), Text::tr("Star"), Text::tr("Reward (yuan)"), Text::tr("Note")};
    for (int c = 0; c < payHeaders.size(); ++c)
        put(book.text(*paid, 0, c, payHeaders.at(c), XlsxWorkbook::Bold));
    book.setColumns(*paid, 0, 2, 16);
    book.setColumns(*paid, 3, 3, 40);
    row = 1;
    double total = 0;
    for (const Payout &p : payouts) {
        put(book.text(*paid, row, 0, p.name));
        put(book.text(*paid, row, 1, starName(p.star)));
        put(book.number(*paid, row, 2, p.amount, XlsxWorkbook::Money));
        if (!p.note.isEmpty())
            put(book.text(*paid, row, 3, p.note));
        total += p.amount;
        ++row;
    }
    put(book.text(*paid, row, 0, Text::tr("Total"), XlsxWorkbook::Bold));
    put(book.number(*paid, row, 2, total, XlsxWorkbook::Money));
    if (!written)
        return written;
    return book.finish();
}

} // namespace gd::rating
