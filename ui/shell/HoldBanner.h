#pragma once
// The bar across the top of the window while nothing can be saved, saying why: the file was opened
// read-only (a read-only medium or folder), or this PC's clock disagrees with the file's
// (access/ClockAgreement.h), when it offers an administrator "The PC's clock is right". Checked
// again every minute (the date may be corrected while the window is open), when another operator
// signs in, and after every write elsewhere.
#include "NoticeBar.h"

namespace gd {
class Database;
}

namespace gdui {

class HoldBanner : public NoticeBar
{
    Q_OBJECT
public:
    explicit HoldBanner(gd::Database &db, QWidget *parent = nullptr);
    QPushButton *confirmButton() const { return button(); }

public Q_SLOTS:
    void refresh();
    // The administrator confirms; false (the reason shown) when refused.
    bool confirm();

private:
    gd::Database &m_db;
};

} // namespace gdui
