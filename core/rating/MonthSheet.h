#pragma once
// One month's review sheet: every active full-time worker with each item of the
// month's template, computed from the cases or as typed in, the total, and the star the rules
// propose (StarRules.h) with its explanation.
//
// Computed items read the month (Beijing time) through indexes, one grouped query each:
//   handled       cases completed in the month with the worker as handler (per_case points each)
//   on_time       the cases due in the month: completed on time ÷ due (cases/Timeliness.h, the due
//                 board's rule); a case still open past its deadline counts against, one due later
//                 this month and not done yet is not judged yet
//   satisfaction  cases closed in the month after a reached callback, each answer weighed as the
//                 office sets (ReviewSettings.h; 满意 and 基本满意 1, 不满意 0 by default)
//   proactive     cases found on patrol, received in the month, with the worker as their finder
//                 (found_by; a find from before v31 named none and counts for its handler)
// An item with nothing to judge (no case due, no callback reached) is not applicable: a quiet grid
// or a new worker is not marked down for it. Its points are carried from the rest or given in full.
// A repeat is a report attached to its case, never a case of its own: it counts nowhere twice.
// A counted case whose timeline holds concurrent moves no supervisor has settled yet
// (workflow::Branching) is marked: the row's `unsettled` and the drill-down say so, since a
// settlement may change what it counts for.
#include "RatingTemplate.h"
#include "StarRules.h"

#include <QHash>

#include <optional>

namespace gd::rating {

struct SheetValue {
    double raw = 0;             // what was counted or typed in (cases, a share 0–1, points)
    double points = 0;          // what it scores, 0 – the item's maximum
    bool notApplicable = false; // nothing to judge this month
};

// A value as the sheet, the printout and the statement show it: a veto item as 是/否 (it scores no
// points), an item with nothing to judge as 不适用, every other item its points with one decimal.
QString valueText(const RatingItem &item, const SheetValue &value);
// How an item is scored, in words, with the office's settings (the sheet header's tooltip).
struct ReviewRules;
QString itemFormula(const RatingItem &item, const ReviewRules &rules);
// What a value is out of, beside it: the item's maximum; nothing for a veto item (a yes or no).
QString maximumText(const RatingItem &item);

struct SheetRow {
    QString workerId, name;
    int star = 0;
    QHash<QString, SheetValue> values; // by item code
    bool veto = false;
    int unsettled = 0; // counted cases with concurrent moves not settled yet
    double total = 0;  // 0–100
    StarDecision decision;
};

struct MonthSheet {
    QString month;
    QList<RatingItem> items;
    QList<SheetRow> rows;             // by name as computed; reviewSheet puts them in the order asked for
    QStringList emptyTyped;           // the names of the typed-in items (kind "entered") nobody has a value for
    QHash<QString, QString> formulas; // by item code: how the item is scored, in words (the header's tooltip)
    QString scope, scopeName;         // whose month (ReviewScope.h): "street:370202002", and its name
    bool volumePerHouseholds = false; // the handled item's raw value is cases per 100 households
};

// Those names as one list to read (走访入户、综合评价).
QString emptyTypedText(const MonthSheet &sheet);

// The month's first and last millisecond + 1, Beijing time.
QPair<qint64, qint64> monthRange(const QString &month);

// The order of a sheet's rows, as offices read them: by community and grid (the worker's grid with
// the lowest code; workers without a grid last), or by the name in pinyin order (ICU's collation for
// zh_CN: 丁 王 于, never by code point). Ties by name, then by id, so every office prints alike.
enum class SheetOrder { Place, Name };
QString sheetOrderKey(SheetOrder order); // "place", "name"
std::optional<SheetOrder> sheetOrderFromKey(const QString &key);
Status sortSheet(Database &db, MonthSheet &sheet, SheetOrder order);

// Per worker, the cases a computed item counts in the month that have unsettled concurrent moves
// (read through the index of such cases, which are few).
Result<QHash<QString, int>> unsettledCounted(Database &db, const QString &month);

// Without settings, the office's (ReviewSettings.h).
Result<MonthSheet> computeMonth(Database &db, const QString &month,
                                const std::optional<StarSettings> &settings = std::nullopt);

// The cases behind a computed number (the sheet's drill-down): those the item counted for the
// worker in the month, in the order they were done. Empty for an item typed in.
struct CountedCase {
    QString id, number, description;
    qint64 receivedMs = 0, completedMs = 0, closedMs = 0, dueMs = 0;
    QString satisfaction;
    bool onTime = false;
    bool unsettled = false; // concurrent moves not settled yet: what it counts for may change
};
Result<QList<CountedCase>> casesBehind(Database &db, const QString &month, const QString &workerId,
                                       const RatingItem &item);

} // namespace gd::rating
