#include "GridWorkStrip.h"

#include "cases/CaseTypes.h"

#include <QGridLayout>
#include <QToolButton>

namespace gdui {

GridWorkStrip::GridWorkStrip(QWidget *parent)
    : QGroupBox(tr("Grid work: visits, disputes and joint work"), parent)
{
    setObjectName(QStringLiteral("gridWorkStrip"));
    auto *grid = new QGridLayout(this);
    const QList<gd::stats::GridWorkLine> lines = gd::stats::gridWorkLines({});
    for (int i = 0; i < lines.size(); ++i) {
        const QString key = lines.at(i).key;
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("gridWork_") + key);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        grid->addWidget(b, i / 7, i % 7);
        m_buttons.insert(key, b);
        connect(b, &QToolButton::clicked, this, [this, key] {
            if (!m_browsable) // a hub's count: its records are in the offices' files
                return;
            // A rate opens on its numerator: the disputes settled, the tasks done on time.
            const QString counted = gd::stats::gridwork::countedBy(key);
            Q_EMIT openRecords(gd::stats::gridwork::recordsOf(counted, m_scope, m_fromMs, m_toMs),
                               gd::stats::gridwork::name(counted));
        });
    }
    setBrowsable(true);
}

void GridWorkStrip::setBrowsable(bool browsable)
{
    m_browsable = browsable;
    for (QToolButton *b : std::as_const(m_buttons)) {
        // Read only, a count looks and behaves as a label: no press, no focus, no frame. The mouse
        // passes to the box, whose tip says where the records are and what the rates are.
        b->setAttribute(Qt::WA_TransparentForMouseEvents, !browsable);
        b->setFocusPolicy(browsable ? Qt::StrongFocus : Qt::NoFocus);
        b->setAutoRaise(!browsable);
    }
    updateTips();
}

void GridWorkStrip::updateTips()
{
    const QString settled = tr("Disputes settled ÷ (settled + referred), of those ended in the period; a withdrawn "
                               "dispute counts in neither.");
    const QString onTime = tr("Joint meetings' tasks done by the end of their due day ÷ the tasks due in the period.");
    setToolTip(m_browsable ? QString()
                           : QStringLiteral("%1\n%2\n%3")
                                 .arg(tr("Counted from the records the hub holds; each office's file lists them."),
                                      settled, onTime));
    for (const gd::stats::GridWorkLine &l : lines()) {
        QString tip;
        if (m_browsable)
            tip = l.key == QLatin1String("settlement_rate")
                      ? settled + QLatin1Char(' ') + tr("Click for the settled ones.")
                  : l.key == QLatin1String("tasks_on_time_rate")
                      ? onTime + QLatin1Char(' ') + tr("Click for those done on time.")
                      : tr("%1: click for the records counted.").arg(l.name);
        m_buttons.value(l.key)->setToolTip(tip);
    }
}

QString GridWorkStrip::show(const gd::ReadSource &source, const gd::stats::StatsScope &scope, const QDate &from,
                            const QDate &to)
{
    auto work = gd::stats::gridWork(source, scope, from, to);
    if (!work)
        return work.message();
    m_work = *work;
    m_scope = scope;
    m_fromMs = gd::cases::dayStartMs(from);
    m_toMs = gd::cases::dayStartMs(to.addDays(1));
    for (const gd::stats::GridWorkLine &l : lines()) {
        QToolButton *b = m_buttons.value(l.key);
        b->setText(QStringLiteral("%1\n%2\n%3")
                       .arg(l.name, l.valueText(), l.live ? tr("now") : tr("MoM %1").arg(l.changeText())));
    }
    updateTips();
    return {};
}

QList<gd::stats::GridWorkLine> GridWorkStrip::lines() const
{
    return gd::stats::gridWorkLines(m_work);
}

QString GridWorkStrip::htmlRows() const
{
    QString h;
    for (const gd::stats::GridWorkLine &l : lines())
        h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                 .arg(l.name.toHtmlEscaped(), l.valueText().toHtmlEscaped(),
                      (l.live ? tr("now") : tr("MoM %1").arg(l.changeText())).toHtmlEscaped());
    return h;
}

} // namespace gdui
