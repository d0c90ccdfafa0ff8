// `cards`: the contact cards of a grid, a community or a street into one PDF; the cards that
// would go out incomplete are named on stderr, one line per grid, and printed all the same.
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Commands.h"
#include "OrgCodes.h"
#include "cards/CardCheck.h"
#include "cards/CardPrint.h"
#include "org/GridService.h"

#include <QCoreApplication>

namespace gdcli {

int printCards(const Invocation &call)
{
    QStringList scopes;
    for (const char *option : {"grid", "community", "street"})
        if (call.has(QLatin1String(option)))
            scopes << QLatin1String(option);
    if (scopes.size() != 1)
        return fail(UserError, QCoreApplication::translate(
                                   "gdcli", "cards: give exactly one of --grid, --community or --street (a code)."));
    if (!call.has(QStringLiteral("pdf")) || call.value(QStringLiteral("pdf")).trimmed().isEmpty())
        return fail(UserError, QCoreApplication::translate(
                                   "gdcli", "--pdf FILE is missing: name the PDF file to write the cards into."));
    gd::CardLayout layout = gd::CardLayout::A6;
    if (call.has(QStringLiteral("layout")) && !gd::cards::layoutFromKey(call.value(QStringLiteral("layout")), &layout))
        return fail(UserError,
                    QCoreApplication::translate("gdcli", "--layout: '%1' is not a layout; use %2.")
                        .arg(call.value(QStringLiteral("layout")), gd::cards::layoutKeys().join(QStringLiteral(", "))));
    int code = Ok;
    auto db = openForReading(call.db, &code);
    if (!db)
        return code;

    gd::CardScope scope;
    const QString option = scopes.first();
    if (option == QLatin1String("grid")) {
        auto grid = gd::GridService(*db).gridByCode(call.value(option));
        if (!grid)
            return fail(UserError, QStringLiteral("--grid: ") + grid.message());
        scope = {gd::CardScope::Grid, grid->id};
    } else {
        scope.kind = option == QLatin1String("street") ? gd::CardScope::Street : gd::CardScope::Community;
        scope.id = orgIdForCode(*db, call.db, option, call.value(option));
        if (scope.id.isEmpty())
            return UserError;
    }
    auto cards = gd::CardContents(*db).gather(scope);
    if (!cards)
        return fail(exitCodeFor(cards.error()), cards.message());
    if (cards->isEmpty())
        return fail(UserError,
                    QCoreApplication::translate("gdcli", "--%1: there are no active grids there to print cards for.")
                        .arg(option));
    for (const gd::CardProblem &p : gd::cards::check(*cards))
        warn(QCoreApplication::translate("gdcli", "incomplete card: %1").arg(gd::cards::problemLine(p)));
    const QString pdf = call.value(QStringLiteral("pdf"));
    if (gd::Status s = gd::cards::writeCardsPdf(pdf, *cards, gd::CardTemplate::load(*db), layout); !s)
        return fail(exitCodeFor(s.error()), s.message()); // the file named: 1; no Chinese font: 2
    printLine(QCoreApplication::translate("gdcli", "%n card(s) written to %1", nullptr, int(cards->size())).arg(pdf));
    return Ok;
}

} // namespace gdcli
