#pragma once
// Filling the intake desk the way the staff do, shared by the intake, lead and walkthrough tests.
#include "cases/IntakePage.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

namespace gduitest {

template <typename T> T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// A reporter, a phone and what happened, in the sixth category; with an address, the building
// and grid are looked up as when typing (the lookup waits for a pause).
inline void fillIntake(gdui::IntakePage *page, const QString &name, const QString &phone, const QString &text,
                       const QString &address = {})
{
    child<QComboBox>(page, "intakeCategoryComboBox")->setCurrentIndex(5);
    child<QLineEdit>(page, "intakeNameLineEdit")->setText(name);
    child<QLineEdit>(page, "intakePhoneLineEdit")->setText(phone);
    if (!address.isEmpty()) {
        auto *edit = child<QLineEdit>(page, "intakeAddressLineEdit");
        edit->setText(address);
        Q_EMIT edit->textEdited(edit->text());
        QTest::qWait(400);
    }
    child<QPlainTextEdit>(page, "intakeDescriptionTextEdit")->setPlainText(text);
}

inline int caseCount(gd::Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace gduitest
