#include "CalendarTab.h"

#include "CalendarDayDialog.h"
#include "CalendarDayModel.h"
#include "calendar/StatutoryHolidays.h"
#include "calendar/WorkCalendar.h"
#include "common/ListParts.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gdui {

CalendarTab::CalendarTab(gd::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CalendarDayModel(db, this))
{
    setObjectName(QStringLiteral("calendarTab"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("calendarYearComboBox"));
    m_year->setAccessibleName(tr("Year"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    layout->addLayout(top);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("calendarYearNoteLabel"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto *body = new QHBoxLayout;
    m_table = new QTableView(this);
    setupRecordTable(m_table, QStringLiteral("calendarTableView"), tr("Days off and make-up working days"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A year without data still shows readable headers: no column narrower than a date.
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    body->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("&Add day…"), "addCalendarDayButton");
    m_edit = button(tr("&Edit…"), "editCalendarDayButton");
    m_remove = button(tr("De&lete"), "removeCalendarDayButton");
    buttons->addSpacing(12);
    m_import = button(tr("&Import CSV…"), "importCalendarButton");
    buttons->addStretch(1);
    body->addLayout(buttons);
    layout->addLayout(body, 1);

    m_pending = new QLabel(tr("Days in italics are changes not saved yet: OK saves them, Cancel discards them."), this);
    m_pending->setObjectName(QStringLiteral("calendarPendingLabel"));
    m_pending->setWordWrap(true);
    m_pending->hide();
    layout->addWidget(m_pending);
    auto *format = new QLabel(tr("Import reads a CSV file with the header date,kind,name and one line per day; kind is "
                                 "holiday or workday (UTF-8 or GB18030, as Excel saves it). The whole file is refused "
                                 "if any line is wrong."),
                              this);
    format->setWordWrap(true);
    format->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(format);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("calendarImportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_year->currentIndex() >= 0)
            showYear(m_year->currentData().toInt());
    });
    connect(m_add, &QPushButton::clicked, this, &CalendarTab::addDay);
    connect(m_edit, &QPushButton::clicked, this, &CalendarTab::editDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarTab::removeDay);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (!m_readOnly)
            editDay();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a working-day calendar"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_model, &CalendarDayModel::draftChanged, this, &CalendarTab::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CalendarTab::updateState);

    // Open on this year (Beijing time, as the calendar counts), the one deadlines fall in now.
    fillYears(gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(db.nowMs(), Qt::UTC)).year());
}

void CalendarTab::fillYears(int select)
{
    // The years with data, and always this year and the next: the next year is the one an
    // administrator adds each autumn, so it must be choosable before it has any day.
    const int thisYear = gd::WorkCalendar::dayOf(QDateTime::fromMSecsSinceEpoch(m_db.nowMs(), Qt::UTC)).year();
    QList<int> years = m_model->years();
    for (int y : {thisYear, thisYear + 1, select})
        if (!years.contains(y))
            years << y;
    std::sort(years.begin(), years.end());
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int y : years)
        m_year->addItem(yearLabel(y), y);
    m_year->setCurrentIndex(m_year->findData(select));
    showYear(select);
}

bool CalendarTab::isProvisional(int year) const
{
    // As the file will count once the drafted days are saved: the two years after the last
    // year with days (WorkCalendar::kProvisionalYears).
    const QList<int> years = m_model->years();
    int last = 0;
    for (int y : years)
        if (m_model->yearHasDays(y))
            last = qMax(last, y);
    return gd::WorkCalendar::isProvisionalAfter(last, year);
}

QString CalendarTab::yearLabel(int year) const
{
    if (m_model->yearHasDays(year))
        return QString::number(year);
    return isProvisional(year) ? tr("%1 (provisional)").arg(year) : tr("%1 (no data)").arg(year);
}

void CalendarTab::showYear(int year)
{
    if (m_year->currentData().toInt() != year) {
        fillYears(year); // calls back here with the combo box in step
        return;
    }
    m_model->setYear(year);
    updateState();
}

void CalendarTab::updateState()
{
    const int year = m_model->year();
    const bool has = m_model->yearHasDays(year);
    // The combo box marks years without data; keep the mark right as days are added or removed.
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setItemText(index, yearLabel(year));
    if (has) {
        m_missing->setText(tr("%n day(s) listed for %1. Any other Monday to Friday is a working day, any other "
                              "Saturday or Sunday a day off.",
                              nullptr, m_model->rowCount())
                               .arg(year));
        m_missing->setStyleSheet(QString());
    } else if (isProvisional(year)) {
        QStringList days;
        for (const gd::holidays::Holiday &h : gd::holidays::statutory(year))
            days << tr("%1 %2").arg(QLocale().toString(h.date, tr("M/d")), h.name);
        m_missing->setText(
            tr("No official calendar for %1 yet. Deadlines into %1 are counted on a provisional calendar, marked "
               "provisional in the cases: weekends off plus the statutory holidays (%2), no make-up working days. "
               "Import the official notice for %1 (the State Council publishes it each November or December): every "
               "running case's provisional deadlines are then counted again.")
                .arg(year)
                .arg(days.join(tr(", "))));
        m_missing->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; "
                                                "padding: 6px; color: #5c4400; }"));
    } else {
        m_missing->setText(tr("No calendar for %1 yet. Deadlines that fall in %1 cannot be computed: such cases are "
                              "registered without a deadline. Import the official notice for %1 (the State Council "
                              "publishes it each November) or add its days.")
                               .arg(year));
        m_missing->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; "
                                                "padding: 6px; color: #5c4400; }"));
    }
    m_pending->setVisible(m_model->isModified());
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(!m_readOnly);
    m_import->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}

void CalendarTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

int CalendarTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CalendarTab::addDay()
{
    gd::CalendarDay blank;
    blank.date = QDate(m_model->year(), 1, 1).toString(Qt::ISODate);
    blank.kind = QStringLiteral("holiday");
    CalendarDayDialog dialog(
        blank, [this](const gd::CalendarDay &d) { return m_model->put(d); }, this);
    dialog.setWindowTitle(tr("New calendar day"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showYear(dialog.day().date.left(4).toInt());
    m_table->selectRow(m_model->rowOf(dialog.day().date));
}

void CalendarTab::editDay()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString date = m_model->day(row).date;
    CalendarDayDialog dialog(
        m_model->day(row), [this, date](const gd::CalendarDay &d) { return m_model->put(d, date); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showYear(dialog.day().date.left(4).toInt());
    m_table->selectRow(m_model->rowOf(dialog.day().date));
}

void CalendarTab::removeDay()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // No question asked: the removal is only in the draft until OK, and Cancel takes it back.
    m_model->removeDay(row);
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
}

void CalendarTab::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1e6b2e; }")
                               : QStringLiteral("QLabel { color: #a01818; }"));
    m_result->show();
    if (ok)
        MessageBox::information(this, tr("Calendar imported"), text);
    else
        MessageBox::warning(this, tr("Calendar not imported"), text);
}

bool CalendarTab::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(tr("Could not read %1: %2").arg(name, file.errorString()), false);
        return false;
    }
    const auto days = gd::CalendarService::parseCsv(file.readAll());
    if (!days) {
        showResult(
            tr("Nothing was imported from %1:\n%2\nCorrect the file and import it again.").arg(name, days.message()),
            false);
        return false;
    }
    const CalendarDayModel::Merge m = m_model->merge(*days);
    QStringList years;
    for (int y : m.years)
        years << QString::number(y);
    showYear(m.years.first());
    showResult(tr("Read %1 (%2): %3, %4, %5. Nothing is saved until you press OK.")
                   .arg(name, years.join(QStringLiteral(", ")), tr("%n day(s) added", nullptr, m.added),
                        tr("%n changed", nullptr, m.changed), tr("%n already so", nullptr, m.unchanged)),
               true);
    return true;
}

} // namespace gdui
