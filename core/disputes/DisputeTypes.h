#pragma once
// The dispute ledger (矛盾纠纷排查化解台账) as values: a dispute found in a grid, its parties and
// mediators, its mediation sessions and its outcome, with the keys stored in the file and their
// translated names (docs/grid-work.md).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

struct DisputeParty {
    QString id;
    QString name, phone, address; // personal data
};

struct DisputeMediator {
    QString id;
    QString kind = QStringLiteral("worker"); // worker | police | lawyer | committee | other
    QString workerId;                        // a worker or police officer in the people register
    QString name;                            // as written, when not in the register (a lawyer)
};

struct DisputeSession {
    QString id;
    qint64 atMs = 0;
    QString place;
    QString result = QStringLiteral("continue"); // agreed | continue | failed
    QString note;
};

struct DisputeFile {
    QString id;
    QString name; // the file's name as given
    QByteArray data;
};

struct Dispute {
    QString id;
    QString gridId;
    QString source = QStringLiteral("screening"); // screening | report | case
    QString caseId;                               // the case it came from (source case) or was linked to
    QString kind = QStringLiteral("neighbour");   // see disputes::kinds()
    QString risk = QStringLiteral("low");         // low | medium | high
    qint64 foundMs = 0;                           // when it was found or reported
    QString foundBy;                              // the worker who found or took it
    QString summary;                              // what it is about (several lines)
    QString outcome = QStringLiteral("open");     // open | settled | referred | withdrawn
    qint64 outcomeMs = 0;
    QString agreement;  // settled: the agreement's text (or see its files)
    QString referredTo; // referred: committee | police | court | petition
    QString outcomeNote;
    qint64 followupMs = 0; // the follow-up visit after settlement
    QString followupNote;
    qint64 reviewedMs = 0; // a high-risk dispute, reviewed by a supervisor or the paired police officer
    QString reviewedBy, reviewNote;
    QList<DisputeParty> parties;
    QList<DisputeMediator> mediators;
};

namespace disputes {
QStringList sources(); // screening, report, case
QString sourceName(const QString &key);
QStringList kinds(); // neighbour, family, property, tenancy, wages, land, consumer, other
QString kindName(const QString &key);
QStringList risks(); // low, medium, high
QString riskName(const QString &key);
QStringList mediatorKinds(); // worker, police, lawyer, committee, other
QString mediatorKindName(const QString &key);
QStringList sessionResults(); // agreed, continue, failed
QString sessionResultName(const QString &key);
QStringList outcomes(); // open, settled, referred, withdrawn
QString outcomeName(const QString &key);
QStringList referralTargets(); // committee, police, court, petition
QString referralTargetName(const QString &key);

constexpr int kMaxParties = 20;
constexpr int kMaxMediators = 10;
constexpr int kMaxFileBytes = 5 * 1024 * 1024; // a scanned agreement of a few pages
} // namespace disputes

} // namespace gd
