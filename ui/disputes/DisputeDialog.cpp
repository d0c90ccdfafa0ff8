#include "DisputeDialog.h"

#include "cases/CaseChoices.h"
#include "cases/CaseService.h"
#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "disputes/DisputeService.h"
#include "people/WorkerService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gdui {

namespace {

void fillKeys(QComboBox *combo, const QStringList &keys, QString (*name)(const QString &))
{
    for (const QString &k : keys)
        combo->addItem(name(k), k);
}

// Who can mediate of a kind: the patrol workers, the police officers; others are written by name.
QList<Choice> mediatorChoices(gd::Database &db, const QString &kind)
{
    if (kind == QLatin1String("worker"))
        return patrolWorkerChoices(db);
    QList<Choice> out;
    if (kind == QLatin1String("police"))
        for (const gd::Worker &w : gd::WorkerService(db).ofKind(QStringLiteral("police")))
            out << Choice{w.id, w.name};
    return out;
}

} // namespace

DisputeDialog::DisputeDialog(const AppContext &ctx, const gd::Dispute &d, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(d.id)
{
    setWindowTitle(d.id.isEmpty() ? tr("Record a dispute") : tr("Change the dispute"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("disputeGridComboBox"));
    makeSearchable(m_grid);
    fillChoices(m_grid, gridChoices(*ctx.db), tr("(choose the grid)"));
    m_source = new QComboBox(this);
    fillKeys(m_source, gd::disputes::sources(), gd::disputes::sourceName);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("disputeCaseEdit"));
    m_case->setPlaceholderText(tr("the request's number, when it came from one"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("disputeKindComboBox"));
    fillKeys(m_kind, gd::disputes::kinds(), gd::disputes::kindName);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("disputeRiskComboBox"));
    fillKeys(m_risk, gd::disputes::risks(), gd::disputes::riskName);
    m_found = newBeijingTimeEdit(this, QStringLiteral("disputeFoundEdit"));
    m_foundBy = new QComboBox(this);
    m_foundBy->setObjectName(QStringLiteral("disputeFoundByComboBox"));
    makeSearchable(m_foundBy);
    fillChoices(m_foundBy, patrolWorkerChoices(*ctx.db), tr("(not said)"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("disputeSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    m_parties = newRowTable(this, QStringLiteral("disputePartiesTable"), {tr("Name"), tr("Phone"), tr("Address")});
    m_mediators = newRowTable(this, QStringLiteral("disputeMediatorsTable"), {tr("Mediator"), tr("Who")});

    addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("S&ource:"), m_source, QStringLiteral("source"));
    addFormRow(form, m_errors, tr("&Request:"), m_case, QStringLiteral("case_id"));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("R&isk:"), m_risk, QStringLiteral("risk"));
    addFormRow(form, m_errors, tr("&Found:"), m_found, QStringLiteral("found_ms"));
    addFormRow(form, m_errors, tr("Found &by:"), m_foundBy, QStringLiteral("found_by"));
    addFormRow(form, m_errors, tr("&What it is about:"), m_summary, QStringLiteral("summary"));
    addFormRow(form, m_errors, tr("&Parties:"),
               tableWithButtons(this, m_parties, tr("Add a &party"), [this] { addParty(); }),
               QStringLiteral("parties"));
    addFormRow(form, m_errors, tr("&Mediators:"),
               tableWithButtons(this, m_mediators, tr("Add a m&ediator"), [this] { addMediator(); }),
               QStringLiteral("mediators"));
    outer->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisputeDialog::reject);
    outer->addWidget(buttons);

    selectChoice(m_grid, d.gridId);
    m_source->setCurrentIndex(qMax(0, m_source->findData(d.source)));
    if (!d.caseId.isEmpty())
        m_case->setText(gd::CaseService(*ctx.db).numberOf(d.caseId));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(d.kind)));
    m_risk->setCurrentIndex(qMax(0, m_risk->findData(d.risk)));
    setBeijingTime(m_found, d.foundMs ? d.foundMs : ctx.db->nowMs());
    selectChoice(m_foundBy, d.foundBy);
    m_summary->setPlainText(d.summary);
    for (const gd::DisputeParty &p : d.parties)
        addParty(p);
    for (const gd::DisputeMediator &m : d.mediators)
        addMediator(m);
    if (d.parties.isEmpty())
        addParty();
    resize(720, 640);
}

void DisputeDialog::addParty(const gd::DisputeParty &p)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *name = new QTableWidgetItem(p.name);
    name->setData(Qt::UserRole, p.id);
    m_parties->setItem(row, 0, name);
    m_parties->setItem(row, 1, new QTableWidgetItem(p.phone));
    m_parties->setItem(row, 2, new QTableWidgetItem(p.address));
    m_parties->setCurrentCell(row, 0);
}

void DisputeDialog::addMediator(const gd::DisputeMediator &m)
{
    const int row = m_mediators->rowCount();
    m_mediators->insertRow(row);
    auto *kind = new QComboBox(m_mediators);
    fillKeys(kind, gd::disputes::mediatorKinds(), gd::disputes::mediatorKindName);
    kind->setProperty("mediatorId", m.id);
    auto *who = new QComboBox(m_mediators);
    makeSearchable(who);
    m_mediators->setCellWidget(row, 0, kind);
    m_mediators->setCellWidget(row, 1, who);
    const auto refill = [this, kind, who] {
        fillChoices(who, mediatorChoices(*m_ctx.db, kind->currentData().toString()), QString());
        who->setCurrentIndex(-1);
        who->setEditText(QString());
    };
    connect(kind, &QComboBox::currentIndexChanged, who, refill);
    kind->setCurrentIndex(qMax(0, kind->findData(m.kind)));
    refill();
    if (!m.workerId.isEmpty())
        selectChoice(who, m.workerId);
    else
        who->setEditText(m.name);
    m_mediators->setCurrentCell(row, 0);
}

gd::Dispute DisputeDialog::dispute() const
{
    gd::Dispute d;
    d.id = m_id;
    d.gridId = chosenId(m_grid);
    d.source = m_source->currentData().toString();
    if (!m_case->text().trimmed().isEmpty()) {
        auto c = gd::CaseService(*m_ctx.db).caseByNumber(m_case->text());
        d.caseId = c ? c->id : m_case->text().trimmed(); // an unknown number: the core says so
    }
    d.kind = m_kind->currentData().toString();
    d.risk = m_risk->currentData().toString();
    d.foundMs = beijingTimeOf(m_found);
    d.foundBy = chosenId(m_foundBy);
    d.summary = m_summary->toPlainText();
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_parties->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        gd::DisputeParty p{m_parties->item(row, 0) ? m_parties->item(row, 0)->data(Qt::UserRole).toString() : QString(),
                           cell(row, 0), cell(row, 1), cell(row, 2)};
        if (!p.name.isEmpty() || !p.phone.isEmpty() || !p.address.isEmpty())
            d.parties << p;
    }
    for (int row = 0; row < m_mediators->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_mediators->cellWidget(row, 0));
        const auto *who = qobject_cast<QComboBox *>(m_mediators->cellWidget(row, 1));
        gd::DisputeMediator m;
        m.id = kind->property("mediatorId").toString();
        m.kind = kind->currentData().toString();
        m.workerId = chosenId(who);
        if (m.workerId.isEmpty())
            m.name = who->currentText().trimmed();
        if (!m.workerId.isEmpty() || !m.name.isEmpty())
            d.mediators << m;
    }
    return d;
}

void DisputeDialog::accept()
{
    gd::DisputeService service(*m_ctx.db);
    const gd::Dispute d = dispute();
    if (d.id.isEmpty()) {
        auto id = service.record(d);
        if (!m_errors.report(this, id ? gd::Error() : id.error()))
            return;
        m_savedId = *id;
    } else {
        gd::Status done = service.edit(d);
        if (!m_errors.report(this, done ? gd::Error() : done.error()))
            return;
        m_savedId = d.id;
    }
    QDialog::accept();
}

} // namespace gdui
