#include "TemplateDialog.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "common/NotUndoable.h"
#include "rating/TemplateEditor.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

namespace {

enum Column { Code, Name, Kind, Source, Max, Rate, Columns };

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("cases"))
        return TemplateDialog::tr("Computed from the cases");
    if (kind == QLatin1String("records"))
        return TemplateDialog::tr("Counted from records");
    if (kind == QLatin1String("entered"))
        return TemplateDialog::tr("Typed in");
    if (kind == QLatin1String("bonus"))
        return TemplateDialog::tr("Bonus");
    return TemplateDialog::tr("Veto");
}

QString sourceName(const QString &source)
{
    if (source == QLatin1String("handled"))
        return TemplateDialog::tr("Cases completed");
    if (source == QLatin1String("on_time"))
        return TemplateDialog::tr("Share completed on time");
    if (source == QLatin1String("satisfaction"))
        return TemplateDialog::tr("Satisfaction at callback");
    if (source == QLatin1String("proactive"))
        return TemplateDialog::tr("Cases found on patrol");
    if (source == QLatin1String("training"))
        return TemplateDialog::tr("Training sessions attended");
    if (source == QLatin1String("visits"))
        return TemplateDialog::tr("Home visits made");
    return TemplateDialog::tr("—");
}

QDoubleSpinBox *pointsBox(double value)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setValue(value);
    return box;
}

} // namespace

TemplateDialog::TemplateDialog(gd::Database &db, const QString &month, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("Review items"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_from = new QDateEdit(this);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_from->setDate(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
    auto *fromLabel = new QLabel(tr("In force &from:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    layout->addLayout(form);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Item name"), tr("Kind"), tr("Counts"), tr("Maximum"), tr("Points each")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    // The code is the item's key for the command line and the files, never read at the desk: a new
    // item gets one of its own (item_1, item_2, …).
    m_table->setColumnHidden(Code, true);
    layout->addWidget(m_table, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add an item"), this);
    auto *remove = new QPushButton(tr("&Remove the item"), this);
    m_sum = new QLabel(this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_sum);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        gd::rating::RatingItem item;
        item.kind = QStringLiteral("entered");
        item.code = freeCode();
        addItemRow(item);
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateSum();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);
    layout->addWidget(notUndoableNote(settingsTakenBackBy(), this));
    layout->addWidget(buttons);
    load(month);
    const gd::Actor &a = db.actor();
    if (!(a.signedIn && gd::roleAllows(a.role, gd::Permission::EditSettings))) {
        for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_from), static_cast<QWidget *>(add),
                           static_cast<QWidget *>(remove)})
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Only an administrator changes the review items."));
    }
    resize(900, 480);
}

void TemplateDialog::load(const QString &month)
{
    auto items = gd::rating::itemsForMonth(m_db, month);
    if (!items) {
        MessageBox::warning(this, windowTitle(), items.message());
        return;
    }
    for (const gd::rating::RatingItem &item : *items)
        addItemRow(item);
    updateSum();
}

void TemplateDialog::addItemRow(const gd::rating::RatingItem &item)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Code, new QTableWidgetItem(item.code));
    m_table->setItem(row, Name, new QTableWidgetItem(item.name));
    auto *kind = new QComboBox;
    for (const QString &k : gd::rating::itemKinds())
        kind->addItem(kindName(k), k);
    kind->setCurrentIndex(qMax(0, kind->findData(item.kind)));
    m_table->setCellWidget(row, Kind, kind);
    auto *source = new QComboBox;
    auto fillSources = [source](const QString &k, const QString &current) {
        source->clear();
        for (const QString &s : gd::rating::itemSources(k))
            source->addItem(sourceName(s), s);
        source->setCurrentIndex(qMax(0, source->findData(current)));
    };
    fillSources(item.kind, item.source);
    m_table->setCellWidget(row, Source, source);
    auto *max = pointsBox(item.maxPoints);
    m_table->setCellWidget(row, Max, max);
    const QString key = gd::rating::rateParameter(item.kind, item.source);
    auto *rate = pointsBox(key.isEmpty() ? 0 : item.params.value(key).toDouble());
    rate->setEnabled(!key.isEmpty());
    m_table->setCellWidget(row, Rate, rate);
    auto rateFollows = [kind, source, rate] {
        rate->setEnabled(
            !gd::rating::rateParameter(kind->currentData().toString(), source->currentData().toString()).isEmpty());
    };
    connect(kind, &QComboBox::currentIndexChanged, this, [=, this] {
        fillSources(kind->currentData().toString(), source->currentData().toString());
        rateFollows();
        updateSum();
    });
    connect(source, &QComboBox::currentIndexChanged, this, rateFollows);
    connect(max, &QDoubleSpinBox::valueChanged, this, &TemplateDialog::updateSum);
    updateSum();
}

QString TemplateDialog::freeCode() const
{
    QSet<QString> taken;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Code))
            taken.insert(m_table->item(row, Code)->text().trimmed());
    int n = 1;
    while (taken.contains(QStringLiteral("item_%1").arg(n)))
        ++n;
    return QStringLiteral("item_%1").arg(n);
}

QList<gd::rating::RatingItem> TemplateDialog::items() const
{
    QList<gd::rating::RatingItem> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        gd::rating::RatingItem item;
        item.code = m_table->item(row, Code) ? m_table->item(row, Code)->text().trimmed() : QString();
        item.name = m_table->item(row, Name) ? m_table->item(row, Name)->text().trimmed() : QString();
        item.kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind))->currentData().toString();
        item.source = qobject_cast<QComboBox *>(m_table->cellWidget(row, Source))->currentData().toString();
        item.maxPoints = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Max))->value();
        if (const QString key = gd::rating::rateParameter(item.kind, item.source); !key.isEmpty())
            item.params.insert(key, qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Rate))->value());
        item.sort = (row + 1) * 10;
        out << item;
    }
    return out;
}

void TemplateDialog::updateSum()
{
    double base = 0;
    for (const gd::rating::RatingItem &item : items())
        if (item.kind != QLatin1String("bonus") && item.kind != QLatin1String("veto"))
            base += item.maxPoints;
    m_sum->setText(tr("Items other than bonus and veto: %1 of 100 points").arg(base));
}

bool TemplateDialog::save()
{
    const QString month = m_from->date().toString(QStringLiteral("yyyy-MM"));
    if (const gd::Status s = gd::rating::saveTemplate(m_db, month, items()); !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return false;
    }
    return true;
}

void TemplateDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
