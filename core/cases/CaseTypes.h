#pragma once
// A resident's request (诉求) as a value, and the keys of its channels, types, urgencies and
// states. Keys are stored in the file; display names are translated.
#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace gd {

struct Case {
    QString id;
    QString number;       // shown to people: "261126-7F3A9C"
    QString hotlineOrder; // the 12345 order number, when it came from the hotline
    QString channel = QStringLiteral("walk_in");
    QString requestType = QStringLiteral("help");
    QString categoryId;
    QString urgency = QStringLiteral("normal");
    bool proactive = false; // found on patrol before anyone complained (未诉先办)
    QString reporterName;
    QString reporterPhone;
    bool anonymous = false;
    QString address;
    QString buildingId;
    QString gridId;
    QString description; // what happened
    QString request;     // what the resident asks for
    qint64 receivedMs = 0;
    QString leadOrgId; // first responder (首问负责): the office or unit that leads to the end
    QString leadName;
    QString handlerWorkerId; // who does the work now
    QString handlerUnitId;
    // Who found a proactive case (巡查发现): the month's review credits the finder, not the handler.
    // Empty on a resident's request, and on proactive cases from before v31 (the handler then).
    QString foundByWorkerId;

    // Derived from the timeline; read-only for callers.
    QString state = QStringLiteral("registered");
    qint64 dueMs = 0;                             // the lead's deadline, from registration (0: none)
    qint64 handlerDueMs = 0;                      // the handler's, from the dispatch (never past dueMs)
    qint64 signByMs = 0;                          // dispatched, not yet signed for: sign by then
    qint64 callbackDueMs = 0;                     // completed, not yet called back: call by then
    QString supervision = QStringLiteral("none"); // none | normal | yellow | red
    QString satisfaction;                         // satisfied | basic | dissatisfied (a reached callback only)
    QString callbackResult;                       // reached | unreachable | declined | not_needed; "" before
    QString level = QStringLiteral("grid");       // grid | community | street | district (分级流转)
    QString repeatOf;     // the case the finder found it may repeat, or it was merged into ("" none)
    QString repeatReview; // pending | confirmed | rejected (疑似重复 review); "" when never suspected
    int solved = -1;      // -1 unknown, 0 no, 1 yes
    qint64 completedMs = 0;
    qint64 closedMs = 0;
    int reopenCount = 0;
    int reportCount = 1; // this report plus the repeats attached to it
    int branches = 0;    // concurrent branches no supervisor has settled yet (workflow::Branching)
    qint64 updatedMs = 0;
};

namespace cases {
QStringList channels(); // walk_in, phone, hotline_12345, online, patrol
QString channelName(const QString &key);
QStringList requestTypes(); // consultation, help, complaint, report, suggestion, praise
QString requestTypeName(const QString &key);
QStringList urgencies(); // normal, urgent, emergency
QString urgencyName(const QString &key);
QStringList states(); // registered, accepted, refused, redirected, dispatched, returned, signed, in_progress,
                      // completed, settled, callback_done, archived, merged
QString stateName(const QString &key);
// Walk-ins, calls and patrol finds are accepted as they are registered; a hotline or online order
// is accepted (or not) in a step of its own.
bool acceptedAtIntake(const QString &channel);
// The tiers a case is handled at (分级流转), lowest first: grid, community, street, district.
QStringList levels();
QString levelName(const QString &key);
// How a category is routed (categories.route): police, utility, emergency ("" for none).
QStringList routes();
QString routeName(const QString &key); // "" → "none"; an unknown key is shown quoted
QStringList satisfactions();           // satisfied, basic, dissatisfied
QString satisfactionName(const QString &key);
// "2026-04-15 23:59" in Beijing time, where deadlines are counted, whatever the PC's zone; "" for 0.
QString timeText(qint64 ms);
// "2026-04-15", the Beijing day of an instant; "" for 0.
QString dayText(qint64 ms);
// The instant a Beijing day begins (its midnight in Beijing), whatever this PC's zone.
qint64 dayStartMs(const QDate &day);
} // namespace cases

} // namespace gd
