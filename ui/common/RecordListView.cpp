#include "RecordListView.h"

#include "ListParts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gdui {

RecordListView buildRecordListView(QWidget *parent, QAbstractItemModel *model, const RecordListNames &names)
{
    RecordListView v;
    v.split = new QSplitter(parent);
    auto *left = new QWidget(v.split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    v.table = new QTableView(left);
    setupRecordTable(v.table, names.table, names.tableTitle);
    v.table->setModel(model);
    leftLayout->addWidget(v.table, 1);
    auto *actions = new QHBoxLayout;
    v.record = new QPushButton(names.recordText, left);
    v.record->setObjectName(names.recordName);
    v.record->setToolTip(QCoreApplication::translate("gdui::RecordListView", "Ctrl+N"));
    v.status = new QLabel(left);
    v.status->setObjectName(names.statusName);
    actions->addWidget(v.record);
    actions->addWidget(v.status, 1);
    leftLayout->addLayout(actions);
    auto *right = new QWidget(v.split);
    v.rightLayout = new QVBoxLayout(right);
    v.rightLayout->setContentsMargins(0, 0, 0, 0);
    v.detail = new QTextBrowser(right);
    v.detail->setObjectName(names.detailName);
    v.rightLayout->addWidget(v.detail, 1);
    v.steps = new QHBoxLayout;
    v.edit = new QPushButton(QCoreApplication::translate("gdui::RecordListView", "&Change…"), right);
    v.steps->addWidget(v.edit);
    if (names.remove) {
        v.remove = new QPushButton(QCoreApplication::translate("gdui::RecordListView", "Re&move"), right);
        v.steps->addWidget(v.remove);
    }
    v.steps->addStretch(1);
    v.rightLayout->addLayout(v.steps);
    v.split->addWidget(left);
    v.split->addWidget(right);
    v.split->setStretchFactor(0, 3);
    v.split->setStretchFactor(1, 2);
    return v;
}

void wireRecordListView(QWidget *owner, const RecordListView &v, const RecordListActions &a)
{
    QObject::connect(v.record, &QPushButton::clicked, owner, a.record);
    QObject::connect(new QShortcut(QKeySequence::New, owner), &QShortcut::activated, owner, a.record);
    QObject::connect(v.edit, &QPushButton::clicked, owner, a.edit);
    QObject::connect(v.table, &QTableView::activated, owner, a.edit);
    if (v.remove && a.remove)
        QObject::connect(v.remove, &QPushButton::clicked, owner, a.remove);
    QObject::connect(v.table->selectionModel(), &QItemSelectionModel::currentRowChanged, owner, a.select);
    QObject::connect(v.table->model(), &QAbstractItemModel::modelReset, owner, a.select);
}

} // namespace gdui
