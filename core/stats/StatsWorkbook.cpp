#include "StatsWorkbook.h"

#include "util/XlsxWorkbook.h"

#include <QCoreApplication>

namespace gd::stats {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(gd::stats::StatsWorkbook)
};

QString groupName(const StatsGroup &g)
{
    return g.name.isEmpty() ? (g.key.isEmpty() ? Text::tr("(none)") : g.key) : g.name;
}

// A sheet of groups: the name, then each figure's value.
Status groupSheet(XlsxWorkbook &book, const QString &name, const QString &first, const QList<Figure> &figures,
                  const QList<StatsGroup> &groups)
{
    auto sheet = book.addSheet(name);
    if (!sheet)
        return sheet.status();
    if (Status s = book.text(*sheet, 0, 0, first, XlsxWorkbook::Bold); !s)
        return s;
    QStringList headers{Text::tr("Name")};
    for (const Figure &f : figures)
        headers << f.name();
    for (int c = 0; c < headers.size(); ++c)
        if (Status s = book.text(*sheet, 1, c, headers.at(c), XlsxWorkbook::Bold); !s)
            return s;
    for (int r = 0; r < groups.size(); ++r) {
        if (Status s = book.text(*sheet, r + 2, 0, groupName(groups.at(r))); !s)
            return s;
        for (int c = 0; c < figures.size(); ++c) {
            const FigureValue v = evaluate(figures.at(c), groups.at(r).counts);
            // Rates as numbers (a share), so a spreadsheet can sort and sum them; none left empty.
            if (v.defined())
                if (Status s = book.number(*sheet, r + 2, c + 1, v.value); !s)
                    return s;
        }
    }
    book.setColumns(*sheet, 0, 0, 22);
    book.setColumns(*sheet, 1, int(figures.size()), 12);
    book.freezePanes(*sheet, 2, 1);
    return {};
}

} // namespace

QString periodText(const StatsRequest &r, const QString &scopeName)
{
    return Text::tr("%1, %2 to %3, %4")
        .arg(scopeName, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
             r.view == View::Received ? Text::tr("cases received in the period")
                                      : Text::tr("cases done in the period"));
}

Status overviewSheets(XlsxWorkbook &book, const Overview &o, const QString &first, const QList<StatsGroup> &more)
{
    {
        auto sheet = book.addSheet(Text::tr("Figures"));
        if (!sheet)
            return sheet.status();
        if (Status s = book.text(*sheet, 0, 0, first, XlsxWorkbook::Bold); !s)
            return s;
        const QStringList headers{Text::tr("Figure"),
                                  Text::tr("Code"),
                                  Text::tr("Value"),
                                  Text::tr("Numerator"),
                                  Text::tr("Denominator"),
                                  Text::tr("Period before"),
                                  Text::tr("Against the period before"),
                                  Text::tr("A year earlier"),
                                  Text::tr("Against a year earlier")};
        for (int c = 0; c < headers.size(); ++c)
            if (Status s = book.text(*sheet, 1, c, headers.at(c), XlsxWorkbook::Bold); !s)
                return s;
        for (int r = 0; r < o.figures.size(); ++r) {
            const Figure &f = o.figures.at(r);
            const FigureValue now = evaluate(f, o.now), before = evaluate(f, o.before),
                              year = evaluate(f, o.yearBefore);
            const int row = r + 2;
            Status s = book.text(*sheet, row, 0, f.name());
            s = s ? book.text(*sheet, row, 1, f.code) : s;
            s = s ? book.text(*sheet, row, 2, valueText(f, now)) : s;
            s = s ? book.number(*sheet, row, 3, now.numerator) : s;
            if (s && f.kind != FigureKind::Count)
                s = book.number(*sheet, row, 4, double(now.denominator));
            if (!f.live()) {
                s = s ? book.text(*sheet, row, 5, valueText(f, before)) : s;
                s = s ? book.text(*sheet, row, 6, changeText(f, now, before)) : s;
                s = s ? book.text(*sheet, row, 7, valueText(f, year)) : s;
                s = s ? book.text(*sheet, row, 8, changeText(f, now, year)) : s;
            }
            if (!s)
                return s;
        }
        book.setColumns(*sheet, 0, 0, 18);
        book.setColumns(*sheet, 1, 8, 14);
    }
    if (Status s = groupSheet(book, Text::tr("By month"), first, o.figures, o.months); !s)
        return s;
    if (!o.places.isEmpty())
        if (Status s = groupSheet(book, Text::tr("By place"), first, o.figures, o.places); !s)
            return s;
    if (!more.isEmpty())
        if (Status s = groupSheet(book, Text::tr("By community"), first, o.figures, more); !s)
            return s;
    {
        auto sheet = book.addSheet(Text::tr("Categories that grew"));
        if (!sheet)
            return sheet.status();
        Status s = book.text(*sheet, 0, 0, first, XlsxWorkbook::Bold);
        const QStringList headers{Text::tr("Category"), Text::tr("Received"), Text::tr("Period before"),
                                  Text::tr("Change")};
        for (int c = 0; s && c < headers.size(); ++c)
            s = book.text(*sheet, 1, c, headers.at(c), XlsxWorkbook::Bold);
        for (int r = 0; s && r < o.growing.size(); ++r) {
            const CategoryGrowth &g = o.growing.at(r);
            s = book.text(*sheet, r + 2, 0, groupName(g.group));
            s = s ? book.number(*sheet, r + 2, 1, double(g.group.counts[QStringLiteral("n")])) : s;
            s = s ? book.number(*sheet, r + 2, 2, double(g.before)) : s;
            s = s ? book.number(*sheet, r + 2, 3, double(g.growth())) : s;
        }
        if (!s)
            return s;
        book.setColumns(*sheet, 0, 0, 22);
    }
    if (Status s = groupSheet(book, Text::tr("By channel"), first, o.figures, o.channels); !s)
        return s;
    return {};
}

Status writeWorkbook(const QString &path, const Overview &o, const QString &scopeName, const Ranking &ranking)
{
    XlsxWorkbook book;
    if (Status s = book.open(path); !s)
        return s;
    const QString first = periodText(o.request, scopeName);
    if (Status s = overviewSheets(book, o, first); !s)
        return s;
    if (!ranking.groups.isEmpty())
        if (Status s = groupSheet(book, ranking.title, first, o.figures, ranking.groups); !s)
            return s;
    return book.finish();
}

} // namespace gd::stats
