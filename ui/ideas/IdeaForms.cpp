#include "IdeaForms.h"

#include "calendar/WorkCalendar.h"
#include "common/Choosers.h"
#include "ideas/IdeaService.h"
#include "org/HierarchyService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace gdui {

IdeaFormDialog::IdeaFormDialog(gd::Database &db, Use use, const gd::Idea &idea, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_use(use)
    , m_idea(idea)
{
    setObjectName(QStringLiteral("ideaFormDialog"));
    setWindowTitle(use == Propose ? (idea.id.isEmpty() ? tr("Propose a good idea") : tr("Change the good idea"))
                   : use == Visit ? tr("Observation visit to %1").arg(idea.title)
                                  : tr("%1 adopted by a street").arg(idea.title));
    auto *form = new QFormLayout(this);
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("ideaStreetComboBox"));
    makeSearchable(m_street);
    QList<Choice> streets;
    for (const gd::Street &s : gd::HierarchyService(db).streets())
        if (use != Adopt || s.id != idea.streetId)
            streets << Choice{s.id, s.name};
    fillChoices(m_street, streets, use == Visit ? tr("(the district's leaders)") : tr("(choose the street)"));
    if (use == Propose)
        selectChoice(m_street, idea.streetId);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(use == Propose && idea.proposedOn.isValid()
                        ? idea.proposedOn
                        : QDateTime::fromMSecsSinceEpoch(db.nowMs(), gd::WorkCalendar::zone()).date());
    m_line = new QLineEdit(use == Propose ? idea.title : QString(), this);
    m_line->setObjectName(QStringLiteral("ideaLineEdit"));
    m_where = new QLineEdit(idea.usedWhere, this);
    m_text = new QPlainTextEdit(use == Propose ? idea.description : QString(), this);
    m_text->setTabChangesFocus(true);
    m_second = new QPlainTextEdit(this);
    m_second->setTabChangesFocus(true);
    if (use == Propose) {
        form->addRow(tr("&Street:"), m_street);
        form->addRow(tr("&Name of the idea:"), m_line);
        form->addRow(tr("&Description:"), m_text);
        form->addRow(tr("&Where it is used:"), m_where);
        form->addRow(tr("&Proposed on:"), m_date);
        m_second->hide();
    } else if (use == Visit) {
        m_line->setPlaceholderText(tr("e.g. 区委组织部带队，各街道分管领导"));
        form->addRow(tr("&Visiting street:"), m_street);
        form->addRow(tr("&Day:"), m_date);
        form->addRow(tr("&Who visited:"), m_line);
        form->addRow(tr("&Comments:"), m_text);
        form->addRow(tr("&Refinement:"), m_second);
        m_where->hide();
    } else {
        form->addRow(tr("&Street:"), m_street);
        form->addRow(tr("&Adopted on:"), m_date);
        form->addRow(tr("&Note:"), m_line);
        m_where->hide();
        m_text->hide();
        m_second->hide();
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020;"));
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdeaFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(560, use == Adopt ? 200 : 460);
}

QString IdeaFormDialog::problem() const
{
    return m_problem->text();
}

bool IdeaFormDialog::save()
{
    gd::IdeaService ideas(m_db);
    gd::Result<QString> saved = QString();
    if (m_use == Propose) {
        gd::Idea i = m_idea;
        i.streetId = chosenId(m_street);
        i.title = m_line->text();
        i.description = m_text->toPlainText();
        i.usedWhere = m_where->text();
        i.proposedOn = m_date->date();
        saved = ideas.save(i);
    } else if (m_use == Visit) {
        gd::IdeaVisit v;
        v.ideaId = m_idea.id;
        v.streetId = chosenId(m_street);
        v.visitedOn = m_date->date();
        v.visitors = m_line->text();
        v.comments = m_text->toPlainText();
        v.refinement = m_second->toPlainText();
        saved = ideas.addVisit(v);
    } else {
        gd::IdeaAdoption a;
        a.ideaId = m_idea.id;
        a.streetId = chosenId(m_street);
        a.adoptedOn = m_date->date();
        a.note = m_line->text();
        saved = ideas.adopt(a);
    }
    if (!saved) {
        m_problem->setText(saved.message());
        return false;
    }
    m_savedId = *saved;
    return true;
}

void IdeaFormDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
