#include "CouncilDialog.h"

#include "cases/CaseService.h"
#include "common/BeijingTime.h"
#include "common/FormRows.h"
#include "common/ScopeChoices.h"
#include "councils/CouncilService.h"
#include "org/GridService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace gdui {

namespace {
QPlainTextEdit *textEdit(QWidget *parent, const char *name, int height)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}
} // namespace

CouncilDialog::CouncilDialog(const AppContext &ctx, const gd::Council &c, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(c.id)
{
    setWindowTitle(c.id.isEmpty() ? tr("Record a residents' meeting") : tr("Change the residents' meeting"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("councilKindComboBox"));
    for (const QString &k : gd::councils::kinds())
        m_kind->addItem(gd::councils::kindName(k), k);
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("councilCommunityComboBox"));
    makeSearchable(m_community);
    QList<Choice> communities;
    for (const Choice &choice : scopeChoices(*ctx.db, false))
        if (choice.first.startsWith(QLatin1String("community:")))
            communities << Choice{choice.first.section(QLatin1Char(':'), 1), choice.second.trimmed()};
    fillChoices(m_community, communities, tr("(choose the community)"));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("councilGridComboBox"));
    m_at = newBeijingTimeEdit(this, QStringLiteral("councilAtEdit"));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("councilTopicEdit"));
    m_topic->setPlaceholderText(tr("e.g. adding a lift to building 3"));
    m_place = new QLineEdit(this);
    auto *counts = new QWidget(this);
    auto *grid = new QGridLayout(counts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < gd::councils::roles().size(); ++i) {
        const QString role = gd::councils::roles().at(i);
        auto *box = new QSpinBox(counts);
        box->setObjectName(QStringLiteral("councilCount_") + role);
        box->setRange(0, gd::councils::kMaxAttendees);
        box->setAccessibleName(gd::councils::roleName(role));
        grid->addWidget(new QLabel(gd::councils::roleName(role), counts), i / 3, (i % 3) * 2);
        grid->addWidget(box, i / 3, (i % 3) * 2 + 1);
        m_counts.insert(role, box);
        m_errors.bind(role, box);
    }
    m_positions = textEdit(this, "councilPositionsEdit", 70);
    m_resolution = textEdit(this, "councilResolutionEdit", 70);
    m_ruleTitle = new QLineEdit(this);
    m_ruleTitle->setObjectName(QStringLiteral("councilRuleTitleEdit"));
    m_ruleTitle->setPlaceholderText(tr("when a rule was adopted: its title"));
    m_ruleText = textEdit(this, "councilRuleTextEdit", 90);
    m_cases = new QLineEdit(this);
    m_cases->setObjectName(QStringLiteral("councilCasesEdit"));
    m_cases->setPlaceholderText(tr("request numbers, separated by spaces"));
    addFormRow(form, m_errors, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("&Community:"), m_community, QStringLiteral("community_id"));
    addFormRow(form, m_errors, tr("&Grid:"), m_grid, QStringLiteral("grid_id"));
    addFormRow(form, m_errors, tr("&When:"), m_at, QStringLiteral("at_ms"));
    addFormRow(form, m_errors, tr("&Topic:"), m_topic, QStringLiteral("topic"));
    addFormRow(form, m_errors, tr("&Place:"), m_place, QStringLiteral("place"));
    form->addRow(tr("Attended:"), counts);
    addFormRow(form, m_errors, tr("P&ositions:"), m_positions, QStringLiteral("positions"));
    addFormRow(form, m_errors, tr("&Resolution:"), m_resolution, QStringLiteral("resolution"));
    addFormRow(form, m_errors, tr("Rule &adopted:"), m_ruleTitle, QStringLiteral("rule_title"));
    addFormRow(form, m_errors, tr("Rule's te&xt:"), m_ruleText, QStringLiteral("rule_text"));
    addFormRow(form, m_errors, tr("Re&quests settled:"), m_cases, QStringLiteral("case_id"));
    addOkCancel(this, form);

    m_kind->setCurrentIndex(qMax(0, m_kind->findData(c.kind)));
    selectChoice(m_community, c.communityId);
    fillGrids(c.gridId);
    connect(m_community, &QComboBox::currentIndexChanged, this, [this] { fillGrids({}); });
    setBeijingTime(m_at, c.atMs ? c.atMs : ctx.db->nowMs());
    m_topic->setText(c.topic);
    m_place->setText(c.place);
    for (const QString &role : gd::councils::roles())
        m_counts.value(role)->setValue(gd::councils::countOf(c.attendance, role));
    m_positions->setPlainText(c.positions);
    m_resolution->setPlainText(c.resolution);
    m_ruleTitle->setText(c.ruleTitle);
    m_ruleText->setPlainText(c.ruleText);
    QStringList numbers;
    gd::CaseService cases(*ctx.db);
    for (const QString &id : c.caseIds)
        numbers << cases.numberOf(id);
    m_cases->setText(numbers.join(QLatin1Char(' ')));
    resize(680, 720);
}

void CouncilDialog::fillGrids(const QString &chosen)
{
    QList<Choice> grids;
    const QString community = chosenId(m_community);
    if (!community.isEmpty())
        for (const gd::GridSummary &s : gd::GridService(*m_ctx.db).summaries({}, community, false))
            grids << Choice{s.grid.id, QStringLiteral("%1  %2").arg(s.grid.code, s.grid.name)};
    fillChoices(m_grid, grids, tr("(the whole community)"));
    selectChoice(m_grid, chosen);
}

gd::Council CouncilDialog::council() const
{
    gd::Council c;
    c.id = m_id;
    c.kind = m_kind->currentData().toString();
    c.communityId = chosenId(m_community);
    c.gridId = chosenId(m_grid);
    c.atMs = beijingTimeOf(m_at);
    c.topic = m_topic->text();
    c.place = m_place->text();
    for (const QString &role : gd::councils::roles())
        *gd::councils::countField(c.attendance, role) = m_counts.value(role)->value();
    c.positions = m_positions->toPlainText();
    c.resolution = m_resolution->toPlainText();
    c.ruleTitle = m_ruleTitle->text();
    c.ruleText = m_ruleText->toPlainText();
    gd::CaseService cases(*m_ctx.db);
    for (const QString &number :
         m_cases->text().split(QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts)) {
        auto found = cases.caseByNumber(number);
        c.caseIds << (found ? found->id : number); // an unknown number: the core says so
    }
    return c;
}

void CouncilDialog::accept()
{
    gd::CouncilService service(*m_ctx.db);
    const gd::Council c = council();
    if (c.id.isEmpty()) {
        auto id = service.record(c);
        if (!m_errors.report(this, id ? gd::Error() : id.error()))
            return;
        m_savedId = *id;
    } else {
        gd::Status done = service.edit(c);
        if (!m_errors.report(this, done ? gd::Error() : done.error()))
            return;
        m_savedId = c.id;
    }
    QDialog::accept();
}

} // namespace gdui
