#include "ListParts.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
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

} // namespace gdui
