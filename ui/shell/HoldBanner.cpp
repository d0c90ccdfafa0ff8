#include "HoldBanner.h"

#include "access/ClockAgreement.h"
#include "access/Permissions.h"
#include "cases/CaseTypes.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QLabel>
#include <QPushButton>

namespace gdui {

HoldBanner::HoldBanner(gd::Database &db, QWidget *parent)
    : NoticeBar(QStringLiteral("holdBanner"), QStringLiteral("#fff3cd"), tr("The PC's clock is &right"),
                QStringLiteral("confirmClockButton"), parent)
    , m_db(db)
{
    button()->setToolTip(tr("An administrator's confirmation, kept in the audit log."));
    connect(button(), &QPushButton::clicked, this, &HoldBanner::confirm);
    connect(&db, &gd::Database::actorChanged, this, &HoldBanner::refresh);
    connect(&db, &gd::Database::changed, this, &HoldBanner::refresh);
    refreshEvery(60 * 1000, [this] { refresh(); });
    refresh();
}

void HoldBanner::refresh()
{
    if (m_db.isReadOnly()) {
        textLabel()->setText(m_db.readOnlyError().message);
        button()->hide();
        show();
        return;
    }
    const gd::ClockAgreement agreement = gd::clockAgreement(m_db);
    textLabel()->setText(agreement.message());
    button()->setVisible(m_db.actor().signedIn && gd::roleAllows(m_db.actor().role, gd::Permission::EditSettings));
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
