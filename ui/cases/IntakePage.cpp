#include "IntakePage.h"

#include "CaseChoices.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseService.h"
#include "cases/CategoryService.h"
#include "cases/RepeatFinder.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "org/OfficeSettings.h"
#include "org/UnitService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace gdui {

namespace {

// The received-time editor shows Beijing wall time as if it were UTC (see its set-up).
QDateTime toEditor(qint64 ms)
{
    const qint64 offset = qint64(gd::WorkCalendar::zone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms))) * 1000;
    return QDateTime::fromMSecsSinceEpoch(ms + offset, Qt::UTC);
}

qint64 fromEditor(const QDateTime &shown)
{
    const qint64 wall = QDateTime(shown.date(), shown.time(), Qt::UTC).toMSecsSinceEpoch();
    return wall - qint64(gd::WorkCalendar::zone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wall))) * 1000;
}
constexpr int kCaseIdRole = Qt::UserRole + 1;

QComboBox *keyedCombo(QWidget *parent, const QString &name, const QStringList &keys,
                      QString (*display)(const QString &))
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (const QString &k : keys)
        c->addItem(display(k), k);
    return c;
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(name);
    t->setTabChangesFocus(true); // the desk moves through the form with Tab alone
    t->setFixedHeight(t->fontMetrics().height() * lines + 12);
    return t;
}
} // namespace

IntakePage::IntakePage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("intakePage"));
    auto *split = new QSplitter(this);
    auto *formBox = new QWidget(split);
    auto *formOuter = new QVBoxLayout(formBox);
    auto *form = new QFormLayout;
    formOuter->addLayout(form);
    formOuter->addStretch(); // rows keep their height; the space left goes below the form
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_channel =
        keyedCombo(formBox, QStringLiteral("intakeChannelComboBox"), gd::cases::channels(), gd::cases::channelName);
    m_type = keyedCombo(formBox, QStringLiteral("intakeTypeComboBox"), gd::cases::requestTypes(),
                        gd::cases::requestTypeName);
    m_type->setCurrentIndex(qMax(0, m_type->findData(QStringLiteral("help"))));
    m_category = new QComboBox(formBox);
    m_category->setObjectName(QStringLiteral("intakeCategoryComboBox"));
    makeSearchable(m_category); // type 灯 and pick 市政设施 / 楼道灯
    m_urgency =
        keyedCombo(formBox, QStringLiteral("intakeUrgencyComboBox"), gd::cases::urgencies(), gd::cases::urgencyName);
    m_name = new QLineEdit(formBox);
    m_name->setObjectName(QStringLiteral("intakeNameLineEdit"));
    m_name->setMaxLength(30);
    m_phone = new QLineEdit(formBox);
    m_phone->setObjectName(QStringLiteral("intakePhoneLineEdit"));
    m_phone->setMaxLength(20);
    m_anonymous = new QCheckBox(tr("Anonymous"), formBox);
    m_anonymous->setObjectName(QStringLiteral("intakeAnonymousCheckBox"));
    auto *who = new QWidget(formBox);
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(m_phone, 1);
    whoLayout->addWidget(m_anonymous);
    m_address = new QLineEdit(formBox);
    m_address->setObjectName(QStringLiteral("intakeAddressLineEdit"));
    m_address->setPlaceholderText(tr("Road and number, or the building's name: the grid is found from it"));
    m_address->setMaxLength(200);
    m_building = new QComboBox(formBox);
    m_building->setObjectName(QStringLiteral("intakeBuildingComboBox"));
    m_grid = new QComboBox(formBox);
    m_grid->setObjectName(QStringLiteral("intakeGridComboBox"));
    makeSearchable(m_grid);
    m_description = textBox(formBox, QStringLiteral("intakeDescriptionTextEdit"), 4);
    m_request = textBox(formBox, QStringLiteral("intakeRequestTextEdit"), 2);
    m_answer = textBox(formBox, QStringLiteral("intakeAnswerTextEdit"), 2);
    m_answer->setPlaceholderText(tr("Answered or solved while the resident waits: the answer given"));
    m_received = new QDateTimeEdit(formBox);
    m_received->setObjectName(QStringLiteral("intakeReceivedDateTimeEdit"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    // Beijing time on any PC: the deadlines count in it. Qt 6.4's editor knows only local time
    // and UTC, so it edits UTC shifted by the calendar's offset.
    m_received->setTimeSpec(Qt::UTC);
    m_lead = new QComboBox(formBox);
    m_lead->setObjectName(QStringLiteral("intakeLeadComboBox"));
    m_lead->setToolTip(tr("The first unit that takes the case leads it to the end, even when others do the work"));
    makeSearchable(m_lead);
    m_unit = new QComboBox(formBox);
    m_unit->setObjectName(QStringLiteral("intakeUnitComboBox"));
    makeSearchable(m_unit);
    m_finder = new QComboBox(formBox);
    m_finder->setObjectName(QStringLiteral("intakeFinderComboBox"));
    m_finder->setToolTip(tr("Who found the matter on patrol: the star review credits the find to them, whoever "
                            "handles it"));
    makeSearchable(m_finder);
    m_handler = new QLabel(formBox);
    m_handler->setObjectName(QStringLiteral("intakeHandlerLabel"));

    addFormRow(form, m_errors, tr("C&hannel:"), m_channel, QStringLiteral("channel"));
    addFormRow(form, m_errors, tr("&Type:"), m_type, QStringLiteral("request_type"));
    addFormRow(form, m_errors, tr("Cate&gory:"), m_category, QStringLiteral("category_id"));
    addFormRow(form, m_errors, tr("&Urgency:"), m_urgency, QStringLiteral("urgency"));
    addFormRow(form, m_errors, tr("Reporter's &name:"), m_name, QStringLiteral("reporter_name"));
    addFormRow(form, m_errors, tr("&Phone:"), who, QStringLiteral("reporter_phone"));
    m_errors.bind(QStringLiteral("reporter_phone"), m_phone);
    addFormRow(form, m_errors, tr("&Address:"), m_address, QStringLiteral("address"));
    addFormRow(form, m_errors, tr("&Building:"), m_building, QStringLiteral("building_id"));
    addFormRow(form, m_errors, tr("G&rid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("What &happened:"), m_description, QStringLiteral("description"));
    addFormRow(form, m_errors, tr("What they as&k for:"), m_request, QStringLiteral("request"));
    addFormRow(form, m_errors, tr("Ans&wer at the desk:"), m_answer, QStringLiteral("note"));
    addFormRow(form, m_errors, tr("Recei&ved:"), m_received, QStringLiteral("received_ms"));
    addFormRow(form, m_errors, tr("&Lead (first responder):"), m_lead, QStringLiteral("lead_name"));
    m_errors.bind(QStringLiteral("lead_org_id"), m_lead);
    addFormRow(form, m_errors, tr("Refer to un&it:"), m_unit, QStringLiteral("handler_unit_id"));
    addFormRow(form, m_errors, tr("&Found by:"), m_finder, QStringLiteral("found_by_worker_id"));
    form->addRow(tr("Handler:"), m_handler);

    auto *side = new QGroupBox(tr("Possible repeats"), split);
    auto *sideLayout = new QVBoxLayout(side);
    m_repeats = new QListWidget(side);
    m_repeats->setObjectName(QStringLiteral("repeatListWidget"));
    m_repeats->setAccessibleName(tr("Possible repeats"));
    m_repeats->setWordWrap(true);
    sideLayout->addWidget(m_repeats, 1);
    m_attach = new QPushButton(tr("A&ttach to the selected case"), side);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("The report joins that case's timeline and is not counted twice (Ctrl+Shift+Enter)"));
    m_register = new QPushButton(tr("&Register as a new case"), side);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setToolTip(tr("Ctrl+Enter"));
    m_register->setDefault(true);
    m_settle = new QPushButton(tr("&Settle at the desk"), side);
    m_settle->setObjectName(QStringLiteral("settleButton"));
    m_settle->setToolTip(tr("Register the case and settle it with the answer given, in one step: no dispatch and no "
                            "callback (Ctrl+Alt+Enter)"));
    m_split = new QPushButton(tr("Undo the attach (split back out)"), side);
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_split->setVisible(false);
    m_result = new QLabel(side);
    m_result->setObjectName(QStringLiteral("intakeResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_attach);
    sideLayout->addWidget(m_register);
    sideLayout->addWidget(m_settle);
    sideLayout->addWidget(m_result);
    sideLayout->addWidget(m_split);
    split->addWidget(formBox);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_addressTimer = new QTimer(this);
    m_addressTimer->setSingleShot(true);
    m_addressTimer->setInterval(300);
    m_repeatTimer = new QTimer(this);
    m_repeatTimer->setSingleShot(true);
    m_repeatTimer->setInterval(400);
    connect(m_addressTimer, &QTimer::timeout, this, &IntakePage::lookupAddress);
    connect(m_repeatTimer, &QTimer::timeout, this, &IntakePage::refreshRepeats);
    connect(m_address, &QLineEdit::textEdited, m_addressTimer, qOverload<>(&QTimer::start));
    connect(m_building, &QComboBox::activated, this, &IntakePage::buildingChosen);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &IntakePage::gridChosen);
    for (QLineEdit *e : {m_phone, m_name})
        connect(e, &QLineEdit::textEdited, m_repeatTimer, qOverload<>(&QTimer::start));
    connect(m_category, &QComboBox::currentIndexChanged, m_repeatTimer, qOverload<>(&QTimer::start));
    connect(m_description, &QPlainTextEdit::textChanged, m_repeatTimer, qOverload<>(&QTimer::start));
    connect(m_anonymous, &QCheckBox::toggled, m_name, &QWidget::setDisabled);
    // Only a find on patrol has a finder.
    const auto patrolOnly = [this] {
        m_finder->setEnabled(m_channel->currentData().toString() == QLatin1String("patrol"));
    };
    connect(m_channel, &QComboBox::currentIndexChanged, this, patrolOnly);
    patrolOnly();
    connect(m_register, &QPushButton::clicked, this, &IntakePage::registerNew);
    connect(m_settle, &QPushButton::clicked, this, &IntakePage::settleNew);
    connect(m_attach, &QPushButton::clicked, this, &IntakePage::attachToSelected);
    connect(m_split, &QPushButton::clicked, this, &IntakePage::splitLastAttach);
    connect(m_repeats, &QListWidget::currentRowChanged, this, [this](int row) { m_attach->setEnabled(row >= 0); });
    auto *registerKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(registerKey, &QShortcut::activated, this, &IntakePage::registerNew);
    auto *settleKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), this);
    connect(settleKey, &QShortcut::activated, this, &IntakePage::settleNew);
    auto *attachKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    connect(attachKey, &QShortcut::activated, this, &IntakePage::attachToSelected);
    reloadChoices();
    clearForm();
}

void IntakePage::reloadChoices()
{
    fillChoices(m_category, categoryChoices(*m_ctx.db), tr("(choose a category)"));
    fillChoices(m_grid, gridChoices(*m_ctx.db), tr("(no grid)"));
    QList<Choice> units;
    for (const gd::Unit &u : gd::UnitService(*m_ctx.db).units())
        if (u.active)
            units << Choice{u.id, u.name};
    fillChoices(m_unit, units, tr("(none: the grid worker handles it)"));
    fillChoices(m_lead, units, {}); // this office's entry goes first in clearForm, with its name
    fillChoices(m_finder, patrolWorkerChoices(*m_ctx.db), tr("(the grid's worker)"));
}

QString IntakePage::officeName() const
{
    return gd::OfficeSettings(*m_ctx.db).load().name.trimmed();
}

bool IntakePage::leadChosen() const
{
    return m_lead->currentIndex() >= 0 && m_lead->currentText() == m_lead->itemText(m_lead->currentIndex());
}

void IntakePage::clearForm()
{
    m_name->clear();
    m_phone->clear();
    m_anonymous->setChecked(false);
    m_address->clear();
    m_building->clear();
    selectChoice(m_grid, {});
    selectChoice(m_category, {});
    selectChoice(m_unit, {});
    selectChoice(m_finder, m_ctx.db->actor().workerId); // a grid worker at the desk found it
    m_urgency->setCurrentIndex(0);
    m_description->clear();
    m_request->clear();
    m_answer->clear();
    m_received->setDateTime(toEditor(m_ctx.db->nowMs()));
    // The office's name may have changed in the settings since the last case.
    const QString office = officeName();
    const QString officeText = office.isEmpty() ? tr("This office") : tr("This office (%1)").arg(office);
    if (m_lead->count() > 0 && m_lead->itemData(0).toString().isEmpty())
        m_lead->setItemText(0, officeText);
    else
        m_lead->insertItem(0, officeText, QString());
    m_lead->setCurrentIndex(0);
    m_repeats->clear();
    m_attach->setEnabled(false);
    gridChosen();
    m_channel->setFocus();
}

void IntakePage::lookupAddress()
{
    const QList<gd::AddressMatch> matches = gd::BuildingService(*m_ctx.db).lookup(m_address->text(), 5);
    m_building->clear();
    gd::BuildingService buildings(*m_ctx.db);
    gd::GridService grids(*m_ctx.db);
    for (const gd::AddressMatch &m : matches) {
        auto b = buildings.building(m.buildingId);
        auto g = grids.grid(m.gridId);
        m_building->addItem(QStringLiteral("%1 — %2").arg(b ? b->name : m.addressText, g ? g->name : QString()),
                            m.buildingId);
    }
    if (!matches.isEmpty()) {
        m_building->setCurrentIndex(0);
        buildingChosen();
    }
}

void IntakePage::buildingChosen()
{
    const QString buildingId = m_building->currentData().toString();
    if (auto b = gd::BuildingService(*m_ctx.db).building(buildingId))
        selectChoice(m_grid, b->gridId); // the grid follows the building; the desk may override it
    m_repeatTimer->start();
}

void IntakePage::gridChosen()
{
    QString text = tr("(decided at dispatch)");
    if (auto g = gd::GridService(*m_ctx.db).grid(chosenId(m_grid)); g && !g->workerId.isEmpty())
        if (auto w = gd::WorkerService(*m_ctx.db).worker(g->workerId))
            text = tr("%1, the grid's worker (%2)").arg(w->name, w->phone);
    m_handler->setText(text);
    m_repeatTimer->start();
}

QString IntakePage::chosenCategoryId() const
{
    return chosenId(m_category);
}

gd::Case IntakePage::draft() const
{
    gd::Case c;
    c.channel = m_channel->currentData().toString();
    c.requestType = m_type->currentData().toString();
    c.categoryId = chosenCategoryId();
    c.urgency = m_urgency->currentData().toString();
    c.anonymous = m_anonymous->isChecked();
    c.reporterName = c.anonymous ? QString() : m_name->text().trimmed();
    c.reporterPhone = m_phone->text().trimmed();
    c.address = m_address->text().trimmed();
    c.buildingId = m_building->currentData().toString();
    c.gridId = chosenId(m_grid);
    c.description = m_description->toPlainText().trimmed();
    c.request = m_request->toPlainText().trimmed();
    c.receivedMs = fromEditor(m_received->dateTime());
    // The office leads unless a unit was chosen; the name is kept as it reads today.
    c.leadOrgId = chosenId(m_lead);
    c.leadName = c.leadOrgId.isEmpty() ? officeName() : m_lead->currentText().trimmed();
    c.handlerUnitId = chosenId(m_unit);
    c.proactive = c.channel == QLatin1String("patrol");
    if (c.proactive)
        c.foundByWorkerId = chosenId(m_finder);
    return c;
}

void IntakePage::refreshRepeats()
{
    m_repeatTimer->stop();
    const gd::Case c = draft();
    const gd::RepeatProbe probe = gd::RepeatFinder::probeFor(*m_ctx.db, c);
    m_repeats->clear();
    for (const gd::RepeatCandidate &r : gd::RepeatFinder(*m_ctx.db).find(probe, 8)) {
        auto full = gd::CaseService(*m_ctx.db).caseById(r.caseId);
        const QString summary = full ? full->description.left(40) : QString();
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3\n%4: %5\n%6")
                .arg(r.number, gd::cases::stateName(r.state), gd::cases::timeText(r.receivedMs).mid(5),
                     gd::RepeatFinder::likelihoodName(r.likelihood), r.reasonText, summary),
            m_repeats);
        item->setData(kCaseIdRole, r.caseId);
    }
    if (m_repeats->count() > 0)
        m_repeats->setCurrentRow(0);
    m_attach->setEnabled(m_repeats->currentRow() >= 0);
}

void IntakePage::registerNew()
{
    registerWith({});
}

void IntakePage::settleNew()
{
    if (m_answer->toPlainText().trimmed().isEmpty()) {
        m_errors.report(this, gd::Error::invalid(QStringLiteral("note"),
                                                 tr("Answer at the desk: write the answer the resident was given.")));
        return;
    }
    registerWith(m_answer->toPlainText());
}

void IntakePage::registerWith(const QString &settledAnswer)
{
    if (!leadChosen()) {
        m_errors.report(this, gd::Error::invalid(QStringLiteral("lead_org_id"),
                                                 tr("Lead: choose this office or a unit from the list.")));
        return;
    }
    const gd::Case c = draft();
    gd::CaseService service(*m_ctx.db);
    auto id = service.registerCase(c, settledAnswer);
    if (!m_errors.report(this, id.error()))
        return;
    // Read back after the commit: another program may already have changed or removed it.
    const gd::Result<gd::Case> stored = service.caseById(id.value());
    const gd::Result<QList<gd::CaseEvent>> events = service.timeline(id.value());
    if (!stored || !events || events->isEmpty())
        m_result->setText(tr("Registered."));
    else if (stored->state == QLatin1String("settled"))
        m_result->setText(tr("Registered as %1 and settled at the desk.").arg(stored->number));
    else if (stored->dueMs > 0)
        m_result->setText(tr("Registered as %1. Due %2.").arg(stored->number, gd::cases::timeText(stored->dueMs)));
    else if (const auto *r = std::get_if<gd::workflow::Registration>(&events->first().payload))
        m_result->setText(tr("Registered as %1, without a deadline: %2").arg(stored->number, r->deadlineNote));
    else
        m_result->setText(tr("Registered."));
    m_split->setVisible(false);
    Q_EMIT caseRegistered(id.value());
    clearForm();
}

void IntakePage::attachToSelected()
{
    QListWidgetItem *item = m_repeats->currentItem();
    if (!item)
        return;
    const QString target = item->data(kCaseIdRole).toString();
    gd::CaseService service(*m_ctx.db);
    auto event = service.attachReport(target, draft());
    if (!m_errors.report(this, event.error()))
        return;
    m_lastAttachCase = target;
    m_lastAttachEvent = event.value();
    m_result->setText(tr("Attached to %1 as another report of the same matter.").arg(service.numberOf(target)));
    m_split->setVisible(true);
    clearForm();
}

void IntakePage::splitLastAttach()
{
    if (m_lastAttachEvent.isEmpty())
        return;
    gd::CaseService service(*m_ctx.db);
    auto id = service.splitReport(m_lastAttachCase, m_lastAttachEvent);
    if (!id) {
        MessageBox::warning(this, tr("Not split"), id.message());
        return;
    }
    m_result->setText(tr("Split back out as its own case %1.").arg(service.numberOf(id.value())));
    m_split->setVisible(false);
    m_lastAttachEvent.clear();
}

} // namespace gdui
