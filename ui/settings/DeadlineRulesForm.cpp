#include "DeadlineRulesForm.h"

#include "cases/CaseTypes.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gdui {

namespace {
// The routes whose categories may get an hour limit: emergencies have their own rule above.
const char *const kRoutes[] = {"utility", "police"};

QString typeKey(const QString &type)
{
    return QStringLiteral("type_days.") + type;
}
QString routeKey(const char *route)
{
    return QStringLiteral("route_hours.") + QLatin1String(route);
}
// "type_days.help" → "typeDaysHelpSpinBox", the project's widget naming.
QString objectNameFor(const QString &key)
{
    QString name;
    bool upper = false;
    for (QChar c : key) {
        if (c == QLatin1Char('_') || c == QLatin1Char('.'))
            upper = true;
        else {
            name += upper ? c.toUpper() : c;
            upper = false;
        }
    }
    return name + QStringLiteral("SpinBox");
}
} // namespace

DeadlineRulesForm::DeadlineRulesForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlineRulesForm"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    auto group = [&](const QString &title, int row, int column) {
        auto *box = new QGroupBox(title, this);
        grid->addWidget(box, row, column);
        auto *form = new QFormLayout(box);
        // Numbers read better beside their labels than at the far end of a stretched field.
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        return form;
    };
    const QString workingDays = tr(" working days");
    const QString hours = tr(" hours");

    QFormLayout *complete = group(tr("Complete and reply within"), 0, 0);
    addSpin(complete, tr("&Normal cases:"), QStringLiteral("normal_days"), workingDays)
        ->setToolTip(tr("Counted from the working day after the case arrives."));
    // Marked as the office's own: the hotline rules set 5 working days and the extension and return
    // limits, but no number for urgent cases or for signing for one.
    addSpin(complete, tr("&Urgent cases (this office's choice):"), QStringLiteral("urgent_days"), workingDays)
        ->setToolTip(tr("At most the normal limit. An urgent case keeps the shorter of this and its request "
                        "type's limit. The hotline rules give no number for urgent cases: 2 is this office's "
                        "default."));

    QFormLayout *byType = group(tr("By request type (replaces the normal limit)"), 1, 0);
    for (const QString &type : gd::cases::requestTypes())
        addSpin(byType, tr("%1:").arg(gd::cases::requestTypeName(type)), typeKey(type), workingDays,
                tr("As normal cases"));

    QFormLayout *inHours = group(tr("In hours, holidays included"), 0, 1);
    addSpin(inHours, tr("&Emergency response:"), QStringLiteral("emergency_response_hours"), hours)
        ->setToolTip(tr("An emergency is answered within this many hours and completed the same day."));
    const QString routeLabels[] = {tr("U&tilities (water, power, gas, heating):"), tr("&Public-order leads:")};
    for (int i = 0; i < 2; ++i)
        addSpin(inHours, routeLabels[i], routeKey(kRoutes[i]), hours, tr("No limit in hours"))
            ->setToolTip(tr("Cases in these categories are due this many calendar hours after they arrive; "
                            "without a limit they count working days like the others."));

    QFormLayout *extend = group(tr("Sign-for, extension, return and callback"), 1, 1);
    addSpin(extend, tr("&Signing for a case (this office's choice):"), QStringLiteral("sign_days"), workingDays)
        ->setToolTip(tr("How long the handler has to sign for (签收) a case dispatched to it. Signing moves no "
                        "deadline: the handler's own runs from the dispatch and never past the case's."));
    addSpin(extend, tr("Longest e&xtension:"), QStringLiteral("extension_max_days"), workingDays);
    QSpinBox *count = addSpin(extend, tr("Extensions per &case:"), QStringLiteral("extension_max_count"),
                              tr(" extension"), tr("No extensions"));
    count->setToolTip(tr("0: no extensions; 1: one extension per case, as is the practice; at most 3."));
    addSpin(extend, tr("&Returning a wrong dispatch:"), QStringLiteral("return_days"), workingDays)
        ->setToolTip(tr("How long a handling unit has to return (退单) a case dispatched to it by mistake."));
    addSpin(extend, tr("Calling &back after completion:"), QStringLiteral("callback_days"), workingDays)
        ->setToolTip(tr("The resident is called back (回访) by the end of this working day after completion; the due "
                        "board counts the callbacks waiting and those past this limit."));
    addSpin(extend, tr("Calls before \"unreachable\":"), QStringLiteral("callback_tries"), tr(" calls"))
        ->setToolTip(tr("A callback is closed as unreachable only after this many calls reached nobody, each one "
                        "recorded on the timeline. Unreachable callbacks enter no satisfaction rate."));
    m_byOther = new QCheckBox(tr("Called back by someone other than the handler"), this);
    m_byOther->setObjectName(QStringLiteral("callbackByOtherCheckBox"));
    m_byOther->setToolTip(tr("On: the handler does not call back on its own case, a colleague does (the usual "
                             "practice); the timeline names who called."));
    extend->addRow(QString(), m_byOther);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *bottom = new QHBoxLayout;
    auto *note = new QLabel(tr("Working days follow the working-day calendar; the day a case arrives does not count, "
                               "and a deadline ends at midnight Beijing time. New limits apply to cases registered "
                               "or dispatched after saving: deadlines already set are kept. Limits marked as this "
                               "office's choice are not set by the hotline rules."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_restore = new QPushButton(tr("Restore &defaults"), this);
    m_restore->setObjectName(QStringLiteral("restoreDeadlineDefaultsButton"));
    m_restore->setToolTip(tr("The limits of the Shandong practice: 5 working days, emergencies the same day, "
                             "utilities 24 hours, one extension of up to 10 working days, returns within 2; and this "
                             "office's own defaults: urgent cases 2 working days, signing for a case within 1."));
    bottom->addWidget(note, 1);
    bottom->addWidget(m_restore, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    layout->addStretch(1);
    connect(m_restore, &QPushButton::clicked, this, &DeadlineRulesForm::restoreDefaults);
    setRules(gd::DeadlineRules());
}

QSpinBox *DeadlineRulesForm::addSpin(QFormLayout *form, const QString &label, const QString &key, const QString &suffix,
                                     const QString &unsetText)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setObjectName(objectNameFor(key));
    int min = 0, max = 0;
    gd::DeadlineRules::bounds(key, &min, &max);
    // An optional rule (a request type, a route) shows "unset" one below its smallest value.
    if (!unsetText.isEmpty()) {
        min = qMin(min, 1) - 1;
        spin->setSpecialValueText(unsetText);
    }
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    // One width for every box, enough for the longest text a box shows ("As normal cases").
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(tr("As normal cases")) +
                          spin->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(spin);
    spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    form->addRow(l, spin);
    m_fields.insert(key, spin);
    return spin;
}

void DeadlineRulesForm::setRules(const gd::DeadlineRules &r)
{
    m_base = r;
    const QHash<QString, int> values{{QStringLiteral("normal_days"), r.normalDays},
                                     {QStringLiteral("urgent_days"), r.urgentDays},
                                     {QStringLiteral("emergency_response_hours"), r.emergencyResponseHours},
                                     {QStringLiteral("extension_max_days"), r.extensionMaxDays},
                                     {QStringLiteral("extension_max_count"), r.extensionMaxCount},
                                     {QStringLiteral("return_days"), r.returnDays},
                                     {QStringLiteral("sign_days"), r.signDays},
                                     {QStringLiteral("callback_days"), r.callbackDays},
                                     {QStringLiteral("callback_tries"), r.callbackTries}};
    m_byOther->setChecked(r.callbackByOther != 0);
    for (auto it = values.begin(); it != values.end(); ++it)
        m_fields.value(it.key())->setValue(it.value());
    for (const QString &type : gd::cases::requestTypes())
        m_fields.value(typeKey(type))->setValue(r.typeDays.value(type, 0));
    for (const char *route : kRoutes)
        m_fields.value(routeKey(route))->setValue(r.routeHours.value(QLatin1String(route), 0));
}

gd::DeadlineRules DeadlineRulesForm::rules() const
{
    gd::DeadlineRules r = m_base;
    r.normalDays = m_fields.value(QStringLiteral("normal_days"))->value();
    r.urgentDays = m_fields.value(QStringLiteral("urgent_days"))->value();
    r.emergencyResponseHours = m_fields.value(QStringLiteral("emergency_response_hours"))->value();
    r.extensionMaxDays = m_fields.value(QStringLiteral("extension_max_days"))->value();
    r.extensionMaxCount = m_fields.value(QStringLiteral("extension_max_count"))->value();
    r.returnDays = m_fields.value(QStringLiteral("return_days"))->value();
    r.signDays = m_fields.value(QStringLiteral("sign_days"))->value();
    r.callbackDays = m_fields.value(QStringLiteral("callback_days"))->value();
    r.callbackTries = m_fields.value(QStringLiteral("callback_tries"))->value();
    r.callbackByOther = m_byOther->isChecked() ? 1 : 0;
    for (const QString &type : gd::cases::requestTypes()) {
        const int days = m_fields.value(typeKey(type))->value();
        if (days > 0)
            r.typeDays.insert(type, days);
        else
            r.typeDays.remove(type);
    }
    for (const char *route : kRoutes) {
        const int h = m_fields.value(routeKey(route))->value();
        if (h > 0)
            r.routeHours.insert(QLatin1String(route), h);
        else
            r.routeHours.remove(QLatin1String(route));
    }
    return r;
}

void DeadlineRulesForm::setReadOnly(bool readOnly)
{
    // Read-only rather than disabled: the numbers stay legible for someone who may only look.
    for (QSpinBox *spin : std::as_const(m_fields)) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    }
    m_byOther->setEnabled(!readOnly);
    m_restore->setEnabled(!readOnly);
}

} // namespace gdui
