#pragma once
// The month's dispute ledger as offices file it (矛盾纠纷排查化解台账): one row per dispute worked in
// the month — found in it, or found before and still open at its start or ended in it — with when
// and where it was found, its kind and risk, the parties, what it is about, the mediators, each
// session, the outcome and the follow-up. Printed on A4 landscape (PagedHtml.h) and written to
// Excel. The parties' names, phones and addresses are masked (王**, 139****1111, 书香家园3号楼***)
// unless an administrator asks for them in full, which is audited.
#include "stats/FigureQuery.h"
#include "storage/Result.h"

class QPagedPaintDevice;

namespace gd {

class Database;

struct LedgerRow {
    int number = 0; // 序号, from 1
    qint64 foundMs = 0, outcomeMs = 0, followupMs = 0;
    QString grid, source, kind, risk, parties, summary, mediators, sessions, outcome, followup;
};

struct DisputeLedgerMonth {
    QString office, scopeName, month; // yyyy-MM
    bool fullPersonal = false;        // the parties as written (an administrator's export)
    QList<LedgerRow> rows;            // the earliest found first
};

namespace disputeledger {

// month: yyyy-MM; scope: the office, a street, a community or a grid. fullPersonal needs an
// administrator (privacy::requireFullExport) and is audited when the file is written.
Result<DisputeLedgerMonth> gather(Database &db, const QString &month, const stats::StatsScope &scope,
                                  bool fullPersonal = false);
QString title(const DisputeLedgerMonth &ledger);
QString html(const DisputeLedgerMonth &ledger);
Status paint(QPagedPaintDevice &device, const DisputeLedgerMonth &ledger, int *pages = nullptr);
// Whole or nothing; a full-personal ledger written is recorded in the audit log (what, where, how
// many rows).
Status writePdf(Database &db, const QString &path, const DisputeLedgerMonth &ledger, int *pages = nullptr);
Status writeWorkbook(Database &db, const QString &path, const DisputeLedgerMonth &ledger);

} // namespace disputeledger

} // namespace gd
