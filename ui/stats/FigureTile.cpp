#include "FigureTile.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gdui {

namespace {

// "▲ +2.3 个百分点" green, "▼" red; a rise is not always good (overdue, repeats), so the arrow says
// only the direction and the colour is neutral for those.
QString arrowed(const gd::stats::Figure &f, const gd::stats::FigureValue &now, const gd::stats::FigureValue &before,
                const QString &label)
{
    const QString change = gd::stats::changeText(f, now, before);
    if (change == QStringLiteral("—"))
        return QStringLiteral("%1 —").arg(label);
    const bool up = now.value > before.value, same = now.value == before.value;
    const bool good = f.lowerIsBetter() ? !up : up;
    const QString colour = same   ? QStringLiteral("#666666")
                           : good ? QStringLiteral("#1b7f3b")
                                  : QStringLiteral("#b22222");
    return QStringLiteral("%1 <span style='color:%2'>%3 %4</span>")
        .arg(label, colour,
             same ? QStringLiteral("＝")
             : up ? QStringLiteral("▲")
                  : QStringLiteral("▼"),
             change);
}

} // namespace

FigureTile::FigureTile(const gd::stats::Figure &figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
{
    setObjectName(QStringLiteral("tile_") + figure.code);
    setFrameShape(QFrame::StyledPanel);
    setToolTip(figure.description());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    m_name = new QLabel(figure.name(), this);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("tileCounts"));
    m_change = new QLabel(this);
    m_change->setTextFormat(Qt::RichText);
    for (QLabel *l : {m_value, m_counts})
        l->setTextFormat(Qt::RichText);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_counts);
    layout->addWidget(m_change);
    connect(m_value, &QLabel::linkActivated, this, &FigureTile::numeratorClicked);
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("denominator"))
            Q_EMIT denominatorClicked();
        else
            Q_EMIT numeratorClicked();
    });
}

void FigureTile::show(const gd::stats::Counts &now, const gd::stats::Counts &before,
                      const gd::stats::Counts &yearBefore, qint64 minimumSample)
{
    using namespace gd::stats;
    const FigureValue v = evaluate(m_figure, now);
    const bool small = smallSample(m_figure, v, minimumSample);
    // The value opens the cases it counts; a time's value has none of its own.
    const QString value = gd::stats::valueText(m_figure, v);
    m_value->setText(m_figure.kind == FigureKind::Days ? value
                                                       : QStringLiteral("<a href='numerator'>%1</a>").arg(value));
    if (m_figure.live())
        m_counts->setText(tr("cases counted now"));
    else if (m_figure.kind == FigureKind::Count)
        m_counts->clear();
    else if (m_figure.kind == FigureKind::Days)
        m_counts->setText(tr("<a href='denominator'>%n case(s) done</a>", nullptr, int(v.denominator)));
    else
        m_counts->setText(tr("<a href='numerator'>%1</a> of <a href='denominator'>%2</a>")
                              .arg(QString::number(v.numerator, 'f', v.numerator == qint64(v.numerator) ? 0 : 1))
                              .arg(v.denominator));
    if (m_figure.live())
        m_change->setText(tr("counted at this moment"));
    else
        m_change->setText(arrowed(m_figure, v, evaluate(m_figure, before), tr("MoM")) + QStringLiteral("　") +
                          arrowed(m_figure, v, evaluate(m_figure, yearBefore), tr("YoY")));
    setEnabled(true);
    setStyleSheet(small ? QStringLiteral("QLabel { color: #999999; }") : QString());
    setToolTip(small ? m_figure.description() + QLatin1Char('\n') +
                           tr("Fewer than %1 cases: shown for reference, not ranked.").arg(minimumSample)
                     : m_figure.description());
}

QString FigureTile::valueText() const
{
    return m_value->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

QString FigureTile::countsText() const
{
    return m_counts->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace gdui
