#include "ListParts.h"

#include "cases/CaseTypes.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>

namespace gdui {

QLineEdit *addSearchBox(QWidget *page, QToolBar *bar, const QString &objectName, const QString &accessibleName,
                        const QString &hint, std::function<void()> onPause)
{
    auto *search = new QLineEdit(bar);
    search->setObjectName(objectName);
    search->setAccessibleName(accessibleName);
    search->setPlaceholderText(hint);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(240);
    search->setMaximumWidth(360);
    bar->addWidget(search);

    // Filtering on every keystroke would query once per character of a Chinese name.
    auto *debounce = new QTimer(search);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    QObject::connect(debounce, &QTimer::timeout, page, std::move(onPause));
    QObject::connect(search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));

    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QAction::triggered, search, [search] {
        search->setFocus();
        search->selectAll();
    });
    page->addAction(find);
    return search;
}

void setupRecordTable(QTableView *table, const QString &objectName, const QString &accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QTableWidget *newRecordTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                             const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setupRecordTable(table, objectName, accessibleName);
    return table;
}

int addRecordRow(QTableWidget *table, const QStringList &cells, const QString &id)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    if (table->item(row, 0))
        table->item(row, 0)->setData(Qt::UserRole, id);
    return row;
}

QString currentRecordId(const QTableWidget *table)
{
    const int row = table->currentRow();
    return row < 0 || !table->item(row, 0) ? QString() : table->item(row, 0)->data(Qt::UserRole).toString();
}

void refreshOnWrites(QWidget *page, gd::Database *db, const QStringList &prefixes, bool *stale,
                     const std::function<void()> &refresh)
{
    QObject::connect(db, &gd::Database::changed, page, [page, prefixes, stale, refresh](const QStringList &tables) {
        for (const QString &t : tables)
            for (const QString &prefix : prefixes)
                if (t.startsWith(prefix)) {
                    *stale = true;
                    if (page->isVisible())
                        QTimer::singleShot(0, page, refresh);
                    return;
                }
    });
}

void addPeriodEdits(QWidget *parent, qint64 nowMs, int monthsBack, QDateEdit **from, QDateEdit **to)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(8 * 3600)).date();
    *from = new QDateEdit(today.addMonths(-monthsBack), parent);
    *to = new QDateEdit(today, parent);
    for (QDateEdit *e : {*from, *to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
}

void periodOf(const QDateEdit *from, const QDateEdit *to, qint64 *fromMs, qint64 *toMs)
{
    *fromMs = gd::cases::dayStartMs(from->date());
    *toMs = gd::cases::dayStartMs(qMax(from->date(), to->date()).addDays(1));
}

QComboBox *keyFilterCombo(QWidget *parent, const QString &allText, const QStringList &keys,
                          QString (*name)(const QString &))
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText, QString());
    for (const QString &k : keys)
        combo->addItem(name(k), k);
    return combo;
}

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace gdui
