#include "Payouts.h"

#include "MonthReview.h"
#include "access/Permissions.h"
#include "storage/Database.h"
#include "storage/ServiceSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <xlsxwriter.h>

namespace gd::rating {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::rating", text);
}

constexpr char kRewardsKey[] = "star_rewards";

// A workbook freed, and its half-written file removed, unless it was closed whole.
struct Workbook {
    lxw_workbook *book = nullptr;
    QString path;
    ~Workbook()
    {
        if (book) {
            lxw_workbook_free(book);
            QFile::remove(path);
        }
    }
};

Status xlsxFailed(int error)
{
    return Error::make(
        ErrorKind::Internal,
        tr("The Excel file could not be written: %1.").arg(QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

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
    return s;
}

Status RewardSettings::save(Database &db) const
{
    if (perStar.size() != 6)
        return Error::invalid(QStringLiteral("rewards"), tr("Give one amount for each level, none to five stars."));
    QJsonArray amounts;
    for (double a : perStar) {
        if (!(a >= 0))
            return Error::invalid(QStringLiteral("rewards"), tr("A reward cannot be below zero."));
        amounts.append(a);
    }
    const Result<bool> done = writeTransaction<bool>(db, Permission::EditSettings, [&]() -> Result<bool> {
        if (Status s = saveSetting(db, QLatin1String(kRewardsKey),
                                   QString::fromUtf8(QJsonDocument(amounts).toJson(QJsonDocument::Compact)));
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
            tr("The review of %1 is not approved yet: rewards are paid on the approved month.").arg(month));
    auto sheet = reviewSheet(db, month);
    if (!sheet)
        return sheet.error();
    const RewardSettings rewards = RewardSettings::load(db);
    QList<Payout> out;
    for (const SheetRow &r : sheet->rows)
        out << Payout{r.workerId, r.name, r.decision.to, rewards.perStar.value(qBound(0, r.decision.to, 5))};
    return out;
}

Status writeReviewXlsx(const QString &path, const MonthSheet &sheet, const QList<Payout> &payouts)
{
    Workbook w;
    w.path = path;
    const QByteArray tmpdir = QDir::tempPath().toLocal8Bit();
    lxw_workbook_options options = {};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    w.book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!w.book)
        return xlsxFailed(LXW_ERROR_CREATING_XLSX_FILE);
    lxw_format *bold = workbook_add_format(w.book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(w.book);
    format_set_num_format(money, "#,##0.00");
    auto text = [](const QString &t) { return t.left(32767).toUtf8(); };

    lxw_worksheet *review = workbook_add_worksheet(w.book, text(tr("Review %1").arg(sheet.month)).constData());
    lxw_worksheet *paid = workbook_add_worksheet(w.book, text(tr("Rewards %1").arg(sheet.month)).constData());
    if (!review || !paid)
        return xlsxFailed(LXW_ERROR_SHEETNAME_ALREADY_USED);
    QStringList headers{tr("Worker")};
    for (const RatingItem &i : sheet.items)
        headers << i.name;
    headers << tr("Total") << tr("Star") << tr("Proposed star") << tr("Why");
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(review, 0, lxw_col_t(c), text(headers.at(c)).constData(), bold);
    worksheet_set_column(review, lxw_col_t(headers.size() - 1), lxw_col_t(headers.size() - 1), 90, nullptr);
    worksheet_freeze_panes(review, 1, 1);
    lxw_row_t row = 1;
    for (const SheetRow &r : sheet.rows) {
        lxw_col_t c = 0;
        worksheet_write_string(review, row, c++, text(r.name).constData(), nullptr);
        for (const RatingItem &i : sheet.items)
            worksheet_write_number(review, row, c++, r.values.value(i.code).points, nullptr);
        worksheet_write_number(review, row, c++, r.total, bold);
        worksheet_write_string(review, row, c++, text(starName(r.star)).constData(), nullptr);
        worksheet_write_string(review, row, c++, text(starName(r.decision.to)).constData(), nullptr);
        worksheet_write_string(review, row, c++, text(r.decision.explanation).constData(), nullptr);
        ++row;
    }

    const QStringList payHeaders{tr("Worker"), tr("Star"), tr("Reward (yuan)")};
    for (int c = 0; c < payHeaders.size(); ++c)
        worksheet_write_string(paid, 0, lxw_col_t(c), text(payHeaders.at(c)).constData(), bold);
    worksheet_set_column(paid, 0, 2, 16, nullptr);
    row = 1;
    double total = 0;
    for (const Payout &p : payouts) {
        worksheet_write_string(paid, row, 0, text(p.name).constData(), nullptr);
        worksheet_write_string(paid, row, 1, text(starName(p.star)).constData(), nullptr);
        worksheet_write_number(paid, row, 2, p.amount, money);
        total += p.amount;
        ++row;
    }
    worksheet_write_string(paid, row, 0, text(tr("Total")).constData(), bold);
    worksheet_write_number(paid, row, 2, total, money);

    lxw_workbook *book = w.book;
    w.book = nullptr; // closed below, whatever happens: it frees the workbook
    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
        QFile::remove(path);
        return xlsxFailed(e);
    }
    return {};
}

} // namespace gd::rating
