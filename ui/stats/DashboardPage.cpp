#include "DashboardPage.h"

#include "FigureTile.h"
#include "GridWorkStrip.h"
#include "RankingModel.h"
#include "ReportDialog.h"
#include "StatsCharts.h"
#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "common/PdfOutput.h"
#include "common/ScopeChoices.h"
#include "shell/AppSettings.h"
#include "stats/StatsWorkbook.h"
#include "storage/Database.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

namespace {

using gd::stats::Breakdown;

// Groups with too few cases (or no value) sort after the ranked ones, whichever the order.
class RankingSort : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        const QVariant x = a.data(RankingModel::SortRole), y = b.data(RankingModel::SortRole);
        if (x.typeId() != QMetaType::Double)
            return QString::localeAwareCompare(x.toString(), y.toString()) < 0;
        const double lowest = -std::numeric_limits<double>::max();
        const bool unrankedX = x.toDouble() == lowest, unrankedY = y.toDouble() == lowest;
        if (unrankedX != unrankedY) // unranked last: "less" in descending order, "more" in ascending
            return sortOrder() == Qt::AscendingOrder ? unrankedY : unrankedX;
        return x.toDouble() < y.toDouble();
    }
};

const char *const kPeriods[] = {"this_month", "last_month", "this_quarter",   "last_quarter",
                                "this_year",  "last_year",  "last_12_months", "custom"};

QDate today(const FigureOrigin &origin)
{
    return QDateTime::fromMSecsSinceEpoch(origin.nowMs(), QTimeZone(8 * 3600)).date();
}

QPair<QDate, QDate> presetPeriod(const QString &key, const QDate &day)
{
    const QDate month(day.year(), day.month(), 1);
    const QDate quarter(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(day.year(), 1, 1);
    if (key == QLatin1String("last_month"))
        return {month.addMonths(-1), month.addDays(-1)};
    if (key == QLatin1String("this_quarter"))
        return {quarter, quarter.addMonths(3).addDays(-1)};
    if (key == QLatin1String("last_quarter"))
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    if (key == QLatin1String("this_year"))
        return {year, QDate(day.year(), 12, 31)};
    if (key == QLatin1String("last_year"))
        return {year.addYears(-1), year.addDays(-1)};
    if (key == QLatin1String("last_12_months"))
        return {month.addMonths(-11), month.addMonths(1).addDays(-1)};
    return {month, month.addMonths(1).addDays(-1)};
}

} // namespace

DashboardPage::DashboardPage(const AppContext &ctx, QWidget *parent)
    : DashboardPage(FigureOrigin::office(ctx.db), parent)
{
    m_ctx = ctx;
}

DashboardPage::DashboardPage(const FigureOrigin &origin, QWidget *parent)
    : QWidget(parent)
    , m_origin(origin)
{
    gd::Database *office = m_origin.office();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 0);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("dashboardScopeComboBox"));
    m_scope->setMinimumContentsLength(16);
    makeSearchable(m_scope);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriodComboBox"));
    const QStringList periodNames{tr("This month"), tr("Last month"), tr("This quarter"),   tr("Last quarter"),
                                  tr("This year"),  tr("Last year"),  tr("Last 12 months"), tr("Chosen days")};
    for (int i = 0; i < periodNames.size(); ++i)
        m_period->addItem(periodNames.at(i), QString::fromLatin1(kPeriods[i]));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("dashboardFromDateEdit"));
    m_to->setObjectName(QStringLiteral("dashboardToDateEdit"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("dashboardViewComboBox"));
    m_view->addItem(tr("Received in the period"), int(gd::stats::View::Received));
    m_view->addItem(tr("Done in the period"), int(gd::stats::View::Completed));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Count again (F5)"));
    auto *exportButton = new QPushButton(tr("E&xport to Excel…"), this);
    exportButton->setObjectName(QStringLiteral("dashboardExportButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *reportButton = new QPushButton(tr("&Monthly report…"), this);
    reportButton->setObjectName(QStringLiteral("dashboardReportButton"));
    reportButton->setToolTip(tr("The month's report for the office, a street or a community: preview, print, PDF "
                                "or Excel"));
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    for (QWidget *w : std::initializer_list<QWidget *>{scopeLabel, m_scope, periodLabel, m_period, m_from,
                                                       new QLabel(QStringLiteral("—"), this), m_to, m_view})
        bar->addWidget(w);
    bar->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(refreshButton), static_cast<QWidget *>(exportButton),
                       static_cast<QWidget *>(printButton), static_cast<QWidget *>(reportButton)})
        bar->addWidget(w);
    outer->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    layout->addWidget(m_status);
    auto *tiles = new QGridLayout;
    const QList<gd::stats::Figure> figures = gd::stats::figures();
    for (int i = 0; i < figures.size(); ++i) {
        auto *tile = new FigureTile(figures.at(i), body);
        tiles->addWidget(tile, i / 7, i % 7);
        m_tiles << tile;
        const QString code = figures.at(i).code;
        connect(tile, &FigureTile::numeratorClicked, this,
                [this, code] { openFigure(code, gd::stats::FigurePart::Numerator); });
        connect(tile, &FigureTile::denominatorClicked, this,
                [this, code] { openFigure(code, gd::stats::FigurePart::Denominator); });
    }
    layout->addLayout(tiles);
    m_gridWork = new GridWorkStrip(body);
    layout->addWidget(m_gridWork);
    connect(m_gridWork, &GridWorkStrip::openRecords, this, &DashboardPage::openGridWork);
    // A hub counts the grid's work as an office does; its records stay in the offices' files.
    m_gridWork->setBrowsable(office != nullptr);
    m_charts = new StatsCharts(body);
    auto *charts = new QGridLayout;
    charts->addWidget(m_charts->trend(), 0, 0);
    charts->addWidget(m_charts->places(), 0, 1);
    charts->addWidget(m_charts->growing(), 1, 0);
    charts->addWidget(m_charts->channels(), 1, 1);
    layout->addLayout(charts);
    connect(m_charts, &StatsCharts::groupClicked, this, [this](Breakdown by, const QString &key, const QString &code) {
        openFigure(code, gd::stats::FigurePart::Numerator, by, key);
    });

    auto *rankBar = new QHBoxLayout;
    auto *rankLabel = new QLabel(tr("Ran&king of:"), body);
    m_rankBy = new QComboBox(body);
    m_rankBy->setObjectName(QStringLiteral("dashboardRankingComboBox"));
    rankLabel->setBuddy(m_rankBy);
    m_rankBy->addItem(tr("Streets"), int(Breakdown::Street));
    m_rankBy->addItem(tr("Communities"), int(Breakdown::Community));
    m_rankBy->addItem(tr("Grids"), int(Breakdown::Grid));
    m_rankBy->addItem(tr("Workers"), int(Breakdown::Handler));
    m_rankBy->addItem(tr("Units"), int(Breakdown::Unit));
    rankBar->addWidget(rankLabel);
    rankBar->addWidget(m_rankBy);
    rankBar->addWidget(new QLabel(tr("Click a heading to rank by that figure; double-click a cell for its cases. "
                                     "Grey: fewer cases than the office's minimum sample (Settings), not ranked."),
                                  body),
                       1);
    layout->addLayout(rankBar);
    m_rankingModel = new RankingModel(this);
    m_sorted = new RankingSort(this);
    m_sorted->setSourceModel(m_rankingModel);
    m_sorted->setSortRole(RankingModel::SortRole);
    m_ranking = new QTableView(body);
    m_ranking->setObjectName(QStringLiteral("dashboardRankingTable"));
    m_ranking->setModel(m_sorted);
    m_ranking->setSortingEnabled(true);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->verticalHeader()->setVisible(false);
    m_ranking->setMinimumHeight(320);
    layout->addWidget(m_ranking);
    connect(m_ranking, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_sorted->mapToSource(index);
        const QString code =
            source.column() == 0 ? QStringLiteral("received") : m_rankingModel->figureAt(source.column()).code;
        openFigure(code, gd::stats::FigurePart::Numerator, Breakdown(m_rankBy->currentData().toInt()),
                   source.data(RankingModel::KeyRole).toString());
    });
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    m_changed = new QTimer(this);
    m_changed->setSingleShot(true);
    m_changed->setInterval(500);
    connect(m_changed, &QTimer::timeout, this, &DashboardPage::refresh);
    if (office) // a hub is counted again on F5: what offices send arrives between ingests
        connect(office, &gd::Database::changed, this, [this](const QStringList &tables) {
            for (const char *t : {"cases", "grids", "communities", "streets", "categories", "workers", "units",
                                  "visits", "care_households", "disputes"})
                if (tables.contains(QLatin1String(t))) {
                    m_stale = true;
                    if (isVisible())
                        m_changed->start();
                    return;
                }
        });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &DashboardPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::exportWorkbook);
    connect(printButton, &QPushButton::clicked, this, &DashboardPage::print);
    connect(reportButton, &QPushButton::clicked, this, &DashboardPage::openReport);

    fillScopes();
    periodChosen();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        periodChosen();
        refresh();
    });
    for (QComboBox *c : {m_scope, m_view})
        connect(c, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, &DashboardPage::refresh);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, [this] {
        refreshRanking();
        remember();
    });
}

void DashboardPage::setSettings(AppSettings *settings)
{
    m_settings = settings;
    // The pickers as they were left last time on this PC.
    const QStringList last = settingsChoice().split(QLatin1Char('|'));
    if (last.size() != 6)
        return;
    const QSignalBlocker a(m_scope), b(m_period), c(m_view), d(m_rankBy);
    selectChoice(m_scope, last.at(0));
    m_period->setCurrentIndex(qMax(0, m_period->findData(last.at(1))));
    m_from->setDate(QDate::fromString(last.at(2), Qt::ISODate));
    m_to->setDate(QDate::fromString(last.at(3), Qt::ISODate));
    m_view->setCurrentIndex(qMax(0, m_view->findData(last.at(4).toInt())));
    m_rankBy->setCurrentIndex(qMax(0, m_rankBy->findData(last.at(5).toInt())));
    periodChosen();
    m_stale = true;
}

QString DashboardPage::settingsChoice() const
{
    return m_settings ? m_settings->dashboard() : QString();
}

void DashboardPage::fillScopes()
{
    const QList<Choice> choices = m_origin.scopes(true);
    const QSignalBlocker quiet(m_scope);
    const QString current = m_scope->currentData().toString();
    fillChoices(m_scope, choices);
    selectChoice(m_scope, current.isEmpty() ? QStringLiteral("office:") : current);
}

void DashboardPage::periodChosen()
{
    const QString key = m_period->currentData().toString();
    const bool custom = key == QLatin1String("custom");
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom) {
        if (!m_from->date().isValid() || m_from->date() == QDate(2000, 1, 1)) {
            const auto [from, to] = presetPeriod(QStringLiteral("this_month"), today(m_origin));
            m_from->setDate(from);
            m_to->setDate(to);
        }
        return;
    }
    const auto [from, to] = presetPeriod(key, today(m_origin));
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

gd::stats::StatsRequest DashboardPage::request() const
{
    gd::stats::StatsRequest r;
    r.scope = scopeOf(m_scope->currentData().toString());
    r.from = m_from->date();
    r.to = qMax(m_from->date(), m_to->date());
    r.view = gd::stats::View(m_view->currentData().toInt());
    return r;
}

QString DashboardPage::scopeName() const
{
    return m_scope->currentText().trimmed();
}

void DashboardPage::remember() const
{
    if (!m_settings)
        return;
    m_settings->setDashboard(QStringList{m_scope->currentData().toString(), m_period->currentData().toString(),
                                         m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                                         QString::number(m_view->currentData().toInt()),
                                         QString::number(m_rankBy->currentData().toInt())}
                                 .join(QLatin1Char('|')));
}

void DashboardPage::refresh()
{
    m_changed->stop();
    m_stale = false;
    auto o = gd::stats::overview(m_origin.source(), request(), m_origin.settings());
    if (!o) {
        m_status->setText(o.message());
        return;
    }
    m_overview = *o;
    for (FigureTile *tile : std::as_const(m_tiles))
        for (const gd::stats::Figure &f : m_overview.figures)
            if (f.code == tile->figure().code)
                tile->show(m_overview.now, m_overview.before, m_overview.yearBefore, m_overview.minimumSample);
    m_charts->show(m_overview);
    if (const QString problem = m_gridWork->show(m_origin.source(), m_overview.request.scope, m_overview.request.from,
                                                 m_overview.request.to);
        !problem.isEmpty())
        m_gridWork->setTitle(problem);
    refreshRanking();
    m_status->setText(tr("%1 · counted at %2")
                          .arg(gd::stats::periodText(m_overview.request, scopeName()),
                               QDateTime::fromMSecsSinceEpoch(m_origin.nowMs(), QTimeZone(8 * 3600))
                                   .toString(QStringLiteral("HH:mm"))));
    remember();
}

void DashboardPage::refreshRanking()
{
    gd::stats::StatsRequest r = m_overview.request;
    r.by = Breakdown(m_rankBy->currentData().toInt());
    auto table = gd::stats::count(m_origin.source(), r);
    if (!table) {
        m_status->setText(table.message());
        return;
    }
    QList<gd::stats::StatsGroup> groups;
    for (const gd::stats::StatsGroup &g : table->groups)
        if (r.by != Breakdown::Handler || g.key.startsWith(QLatin1String("w:"))) // workers only
            groups << g;
    m_rankingModel->setGroups(m_overview.figures, groups, m_overview.minimumSample);
    m_ranking->sortByColumn(1, Qt::DescendingOrder);
    m_ranking->resizeColumnsToContents();
}

void DashboardPage::openFigure(const QString &code, gd::stats::FigurePart part, Breakdown by, const QString &key)
{
    for (const gd::stats::Figure &f : m_overview.figures) {
        if (f.code != code)
            continue;
        if (!gd::stats::listable(f, part))
            part = gd::stats::FigurePart::Denominator; // a time's cases are the cases done
        gd::stats::StatsRequest r = m_overview.request;
        r.by = by;
        QString title = QStringLiteral("%1 · %2 · %3")
                            .arg(f.name(),
                                 part == gd::stats::FigurePart::Numerator || f.kind == gd::stats::FigureKind::Count
                                     ? tr("the cases counted")
                                     : tr("the cases it is out of"),
                                 gd::stats::periodText(r, scopeName()));
        if (by != Breakdown::None)
            title += QStringLiteral(" · ") + groupName(key);
        Q_EMIT openCases(gd::stats::casesBehind(r, f, part, key), title);
        return;
    }
}

QString DashboardPage::groupName(const QString &key) const
{
    // The groups the page shows: the months, places and channels, the categories, the ranking.
    QList<gd::stats::StatsGroup> shown =
        m_overview.months + m_overview.places + m_overview.channels + m_rankingModel->groups();
    for (const gd::stats::CategoryGrowth &c : m_overview.growing)
        shown << c.group;
    for (const gd::stats::StatsGroup &g : shown)
        if (g.key == key && !g.name.isEmpty())
            return g.name;
    return key.isEmpty() ? tr("(none)") : key;
}

void DashboardPage::exportWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the figures"),
        tr("figures %1 %2.xlsx").arg(scopeName(), m_overview.request.from.toString(QStringLiteral("yyyyMMdd"))),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const gd::stats::Ranking ranking{m_rankBy->currentText(), m_rankingModel->groups()};
    if (gd::Status s = gd::stats::writeWorkbook(path, m_overview, scopeName(), ranking); !s) {
        MessageBox::warning(this, tr("Export the figures"), s.message());
        return;
    }
    m_status->setText(tr("The figures were written to %1.").arg(path));
}

QString DashboardPage::html() const
{
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p><table border=1 cellspacing=0 cellpadding=3 width=100%>")
                    .arg(esc(m_origin.office() ? tr("The office's figures")
                                               : tr("The figures of hub %1").arg(m_origin.hubName())),
                         esc(gd::stats::periodText(m_overview.request, scopeName())));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(tr("Figure")), esc(tr("Value")), esc(tr("Counted")), esc(tr("MoM")), esc(tr("YoY")));
    for (const gd::stats::Figure &f : m_overview.figures) {
        const gd::stats::FigureValue v = gd::stats::evaluate(f, m_overview.now);
        h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(f.name()), esc(gd::stats::valueText(f, v)),
                      f.kind == gd::stats::FigureKind::Count
                          ? QString()
                          : QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator),
                      esc(gd::stats::changeText(f, v, gd::stats::evaluate(f, m_overview.before))),
                      esc(gd::stats::changeText(f, v, gd::stats::evaluate(f, m_overview.yearBefore))));
    }
    h += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
             .arg(esc(m_gridWork->title()));
    h += m_gridWork->htmlRows();
    h += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%><tr>")
             .arg(esc(tr("Ranking of %1").arg(m_rankBy->currentText())));
    for (int c = 0; c < m_sorted->columnCount(); ++c)
        h += QStringLiteral("<th>%1</th>").arg(esc(m_sorted->headerData(c, Qt::Horizontal).toString()));
    h += QStringLiteral("</tr>");
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < m_sorted->columnCount(); ++c)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(c == 0 ? QString() : QStringLiteral(" align=right"),
                          esc(m_sorted->index(r, c).data().toString()));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

void DashboardPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    const QString document = html();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *p) { printHtml(document, p); });
    dialog.resize(900, 700);
    dialog.exec();
}

void DashboardPage::openReport()
{
    ReportDialog dialog(m_origin, this);
    const gd::stats::StatsRequest r = request();
    // A month chosen on the page is the report's month; a longer period leaves the last whole month.
    if (r.from.day() == 1 && r.to == r.from.addMonths(1).addDays(-1))
        dialog.choose(r.scope, r.from);
    else
        dialog.choose(r.scope, {});
    dialog.exec();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &DashboardPage::refresh);
}

} // namespace gdui
