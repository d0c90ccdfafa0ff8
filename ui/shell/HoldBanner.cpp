#include "HoldBanner.h"

#include "access/ClockAgreement.h"
#include "access/Permissions.h"
#include "cases/CaseTypes.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace gdui {

HoldBanner::HoldBanner(gd::Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("holdBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#holdBanner { background: #fff3cd; }"));
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("holdBannerText"));
    m_text->setWordWrap(true);
    m_confirm = new QPushButton(tr("The PC's clock is &right"), this);
    m_confirm->setObjectName(QStringLiteral("confirmClockButton"));
    m_confirm->setToolTip(tr("An administrator's confirmation, kept in the audit log."));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &HoldBanner::confirm);
    connect(&db, &gd::Database::actorChanged, this, &HoldBanner::refresh);
    connect(&db, &gd::Database::changed, this, &HoldBanner::refresh);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &HoldBanner::refresh);
    timer->start(60 * 1000);
    refresh();
}

void HoldBanner::refresh()
{
    if (m_db.isReadOnly()) {
        m_text->setText(m_db.readOnlyError().message);
        m_confirm->hide();
        show();
        return;
    }
    const gd::ClockAgreement agreement = gd::clockAgreement(m_db);
    m_text->setText(agreement.message());
    m_confirm->setVisible(m_db.actor().signedIn && gd::roleAllows(m_db.actor().role, gd::Permission::EditSettings));
    setVisible(agreement.holdsWrites());
}

bool HoldBanner::confirm()
{
    if (!MessageBox::question(this, tr("The PC's clock is right"),
                              tr("Confirm that this PC's date and time (%1) are right? Everything saved from now on "
                                 "is dated by it.")
                                  .arg(gd::cases::timeText(m_db.nowMs()))))
        return false;
    if (gd::Status s = gd::confirmClock(m_db); !s) {
        MessageBox::warning(this, tr("The PC's clock is right"), s.message());
        return false;
    }
    refresh();
    return true;
}

} // namespace gdui
