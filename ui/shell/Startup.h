#pragma once
// Opening the data file at start: a new or empty file gets the demo district (with a progress
// dialog that can be cancelled), so a first start shows a working office.
#include "storage/Database.h"

#include <memory>

class QWidget;

namespace gdui {

struct Opened {
    std::unique_ptr<gd::Database> db;
    QString error;           // translated; set when db is null
    bool firstStart = false; // the demo office was just built into it: the sign-in names its logins
};

Opened openDataFile(const QString &path, QWidget *parent = nullptr);

} // namespace gdui
