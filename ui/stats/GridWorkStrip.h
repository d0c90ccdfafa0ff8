#pragma once
// 网格工作 on the dashboard: the grid's work beyond requests for the page's scope and period —
// visits and patrols, care visits, problems found, care visits late; disputes found, screened,
// settled, referred, withdrawn, the settlement rate, and the high-risk ones to review — each with
// its change against the period before (环比; the live ones have none). In an office a click opens
// the visits, the care register or the dispute ledger on exactly the records counted; a hub's
// counts are read only (the records are in the offices' files, with their personal data).
#include "stats/GridWorkFigures.h"

#include <QGroupBox>
#include <QHash>

class QGridLayout;
class QToolButton;

namespace gdui {

class GridWorkStrip : public QGroupBox
{
    Q_OBJECT
public:
    explicit GridWorkStrip(QWidget *parent = nullptr);
    // Whether a count opens on its records (an office's file); a hub's counts are only read.
    void setBrowsable(bool browsable);
    bool browsable() const { return m_browsable; }
    // Counts for the scope and period; the message of a refusal otherwise (empty: shown).
    QString show(const gd::ReadSource &source, const gd::stats::StatsScope &scope, const QDate &from, const QDate &to);
    const gd::stats::GridWork &counts() const { return m_work; }
    QToolButton *button(const QString &key) const { return m_buttons.value(key); }
    QList<gd::stats::GridWorkLine> lines() const;
    // The counts as rows of an HTML table (name, value, 环比), for the page's printout.
    QString htmlRows() const;

Q_SIGNALS:
    void openRecords(const gd::stats::gridwork::Records &records, const QString &title);

private:
    void updateTips(); // each count's, or on a hub the box's
    gd::stats::GridWork m_work;
    gd::stats::StatsScope m_scope;
    qint64 m_fromMs = 0, m_toMs = 0;
    bool m_browsable = true;
    QHash<QString, QToolButton *> m_buttons;
};

} // namespace gdui
