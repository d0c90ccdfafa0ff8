#include "VisitForm.h"

#include "FindingDialog.h"
#include "cases/CaseChoices.h"
#include "common/BeijingTime.h"
#include "common/Choosers.h"
#include "common/FormRows.h"
#include "common/MessageBox.h"
#include "org/BuildingService.h"
#include "org/GridService.h"
#include "storage/Database.h"
#include "util/ImageBytes.h"
#include "visits/VisitService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gdui {

VisitForm::VisitForm(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("visitWorkerComboBox"));
    makeSearchable(m_worker);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitKindComboBox"));
    for (const QString &k : gd::visits::kinds())
        m_kind->addItem(gd::visits::kindName(k), k);
    m_at = newBeijingTimeEdit(this, QStringLiteral("visitTimeEdit"));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("visitGridComboBox"));
    makeSearchable(m_grid);
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("visitBuildingComboBox"));
    makeSearchable(m_building);
    m_unit = new QLineEdit(this);
    m_unit->setPlaceholderText(tr("unit"));
    m_room = new QLineEdit(this);
    m_room->setPlaceholderText(tr("room"));
    m_household = new QComboBox(this);
    m_household->setObjectName(QStringLiteral("visitHouseholdComboBox"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("visitPlaceEdit"));
    m_place->setPlaceholderText(tr("a place that is not a building: 小区北门, 菜市场"));
    m_met = new QLineEdit(this);
    m_found = new QPlainTextEdit(this);
    m_found->setObjectName(QStringLiteral("visitFoundEdit"));
    m_found->setTabChangesFocus(true);
    m_found->setPlaceholderText(tr("What was found; a problem can become a case (Ctrl+Shift+S)"));
    m_found->setMaximumHeight(90);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);
    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("visitPhotoList"));
    m_photos->setMaximumHeight(60);

    addFormRow(form, m_errors, tr("&Worker:"), m_worker, QStringLiteral("worker_id"));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("&Time:"), m_at, QStringLiteral("at_ms"));
    addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("&Building:"), m_building, QStringLiteral("building_id"));
    auto *flat = new QWidget(this);
    auto *flatRow = new QHBoxLayout(flat);
    flatRow->setContentsMargins(0, 0, 0, 0);
    flatRow->addWidget(m_unit);
    flatRow->addWidget(m_room);
    addFormRow(form, m_errors, tr("U&nit and room:"), flat, QStringLiteral("unit"));
    m_errors.bind(QStringLiteral("room"), m_room);
    addFormRow(form, m_errors, tr("Care &household:"), m_household, QStringLiteral("household_id"));
    addFormRow(form, m_errors, tr("&Place:"), m_place, QStringLiteral("place"));
    addFormRow(form, m_errors, tr("&Met:"), m_met, QStringLiteral("people_met"));
    addFormRow(form, m_errors, tr("&Found:"), m_found, QStringLiteral("found"));
    addFormRow(form, m_errors, tr("N&ote:"), m_note, QStringLiteral("note"));
    auto *photoBox = new QWidget(this);
    auto *photoRow = new QHBoxLayout(photoBox);
    photoRow->setContentsMargins(0, 0, 0, 0);
    photoRow->addWidget(m_photos, 1);
    auto *addPhotoButton = new QPushButton(tr("A&dd…"), photoBox);
    auto *removePhotoButton = new QPushButton(tr("Remove"), photoBox);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(addPhotoButton);
    photoButtons->addWidget(removePhotoButton);
    photoRow->addLayout(photoButtons);
    addFormRow(form, m_errors, tr("P&hotos:"), photoBox, QStringLiteral("photos"));
    outer->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("&Save visit"), this);
    saveButton->setObjectName(QStringLiteral("visitSaveButton"));
    saveButton->setToolTip(tr("Ctrl+S"));
    auto *findingButton = new QPushButton(tr("Save and register the finding as a &case…"), this);
    findingButton->setObjectName(QStringLiteral("visitFindingButton"));
    findingButton->setToolTip(tr("Ctrl+Shift+S: the problem found becomes a case found on patrol, credited to the "
                                 "worker"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    buttons->addWidget(saveButton);
    buttons->addWidget(findingButton);
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(findingButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(clearButton, &QPushButton::clicked, this, &VisitForm::clear);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(false); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this), &QShortcut::activated, this,
            [this] { save(true); });
    connect(addPhotoButton, &QPushButton::clicked, this, &VisitForm::choosePhotos);
    connect(removePhotoButton, &QPushButton::clicked, this, [this] {
        const int row = m_photos->currentRow();
        if (row < 0)
            return;
        delete m_photos->takeItem(row);
        m_photoBytes.removeAt(row);
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, &VisitForm::gridChosen);
    // A worker chosen first brings their grid, the usual case at the desk.
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] {
        if (!chosenId(m_grid).isEmpty())
            return;
        for (const gd::Grid &g : gd::GridService(*m_ctx.db).grids())
            if (g.workerId == chosenId(m_worker)) {
                selectChoice(m_grid, g.id);
                return;
            }
    });
    reloadChoices();
    clear();
}

void VisitForm::reloadChoices()
{
    const QString worker = chosenId(m_worker), grid = chosenId(m_grid);
    fillChoices(m_worker, patrolWorkerChoices(*m_ctx.db), tr("(choose the worker)"));
    fillChoices(m_grid, gridChoices(*m_ctx.db), tr("(choose the grid)"));
    selectChoice(m_worker, worker);
    selectChoice(m_grid, grid);
    gridChosen();
}

void VisitForm::gridChosen()
{
    const QString gridId = chosenId(m_grid);
    QList<Choice> buildings;
    if (!gridId.isEmpty())
        for (const gd::Building &b : gd::BuildingService(*m_ctx.db).buildings(gridId))
            if (b.active)
                buildings << Choice{b.id, b.name};
    fillChoices(m_building, buildings, tr("(no building)"));
    QList<Choice> households;
    if (!gridId.isEmpty()) {
        gd::CareFilter f;
        f.gridId = gridId;
        const auto rows = gd::CareRegister(*m_ctx.db).list(f);
        for (const gd::CareRow &r : rows ? *rows : QList<gd::CareRow>())
            households << Choice{
                r.household.id,
                QStringLiteral("%1（%2）").arg(r.household.name, gd::visits::careKindName(r.household.kind))};
    }
    fillChoices(m_household, households, tr("(not a care visit)"));
}

gd::Visit VisitForm::visit() const
{
    gd::Visit v;
    v.workerId = chosenId(m_worker);
    v.kind = m_kind->currentData().toString();
    v.atMs = beijingTimeOf(m_at);
    v.gridId = chosenId(m_grid);
    v.buildingId = chosenId(m_building);
    v.unit = m_unit->text();
    v.room = m_room->text();
    v.householdId = chosenId(m_household);
    v.place = m_place->text();
    v.peopleMet = m_met->text();
    v.found = m_found->toPlainText();
    v.note = m_note->toPlainText();
    v.photos = m_photoBytes;
    return v;
}

void VisitForm::addPhoto(const QByteArray &bytes, const QString &name)
{
    m_photoBytes << bytes;
    m_photos->addItem(tr("%1 (%2 KB)").arg(name).arg((bytes.size() + 1023) / 1024));
}

void VisitForm::choosePhotos()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Photos of the visit"), QString(), tr("Pictures (*.jpg *.jpeg *.png)"));
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Photos of the visit"),
                                tr("%1 cannot be read: %2").arg(path, f.errorString()));
            continue;
        }
        addPhoto(f.readAll(), QFileInfo(path).fileName());
    }
}

void VisitForm::prepareCareVisit(const gd::CareRow &row)
{
    clear();
    selectChoice(m_grid, row.household.gridId);
    gridChosen();
    selectChoice(m_worker, row.workerId);
    selectChoice(m_household, row.household.id);
    selectChoice(m_building, row.household.buildingId);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("visit")));
    m_met->setFocus();
}

void VisitForm::clear()
{
    setBeijingTime(m_at, m_ctx.db->nowMs());
    m_kind->setCurrentIndex(0);
    selectChoice(m_building, {});
    selectChoice(m_household, {});
    for (QLineEdit *e : {m_unit, m_room, m_place, m_met})
        e->clear();
    m_found->clear();
    m_note->clear();
    m_photos->clear();
    m_photoBytes.clear();
    m_worker->setFocus();
}

QString VisitForm::save(bool registerFinding)
{
    const gd::Visit v = visit();
    gd::VisitService visits(*m_ctx.db);
    auto id = visits.record(v);
    if (!id) {
        m_errors.report(this, id.error());
        return {};
    }
    QString caseId;
    if (registerFinding) {
        FindingDialog dialog(m_ctx, *id, v.found, this);
        if (dialog.exec() == QDialog::Accepted)
            caseId = dialog.caseId();
    }
    clear();
    Q_EMIT saved(*id, caseId);
    return *id;
}

} // namespace gdui
