#pragma once
// Finds the cases a new request may repeat (重复诉求: the same person or the same place with
// the same matter), at intake, so staff can link it instead of counting one matter twice.
// Reads only; every lookup walks a bounded range of one of the indexes of schema v3.
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace gd {

class Database;
struct Case;

// What is known about the request being registered.
struct RepeatProbe {
    QString reporterPhone; // as typed; normalised here (phones under 7 digits are ignored)
    QString buildingId;
    QString gridId;
    QString categoryId;
    QString text;     // description and request: RepeatFinder::caseText(description, request)
    qint64 nowMs = 0; // 0: the database clock
    // Closed cases count when received and closed within this many days: the office's setting,
    // RepeatFinder::windowDaysSetting().
    int windowDays = 30;
    // Open cases count back to this many days. The bound keeps each lookup to one index range (a
    // year of one grid is a few hundred entries even in a 1,000,000-case file); a case still open
    // after a year is a stale record for the overdue list rather than a likely repeat.
    int openLookbackDays = 365;
    QString excludeCaseId; // the case being edited: never its own repeat
};

struct RepeatCandidate {
    QString caseId;
    QString number;
    QString state;
    qint64 receivedMs = 0;
    bool open = false;
    int score = 0;
    double similarity = 0.0; // TextSimilarity of the texts, [0, 1]
    int textPercent = -1;    // the similarity in percent, -1 when either text is empty
    QStringList reasons;     // keys: "phone", "building_category", "grid_category", "building_text"
    QString reasonText;      // translated: "same phone, same building, same category, text 82% alike"
    QString likelihood;      // "likely" (score ≥ kLikelyScore) or "possible": RepeatFinder::likelihoodName
};

// From which score the 12345 import attaches a row to the case it repeats by default, and from which
// it records the pair for a person to review (疑似重复); below that, a row is a case of its own.
struct RepeatScores {
    int attach = 70;
    int review = 45;
    bool operator==(const RepeatScores &o) const { return attach == o.attach && review == o.review; }
};

class RepeatFinder
{
public:
    // Score (documented in one place so the UI can explain a ranking):
    //   same phone                                         +50
    //   same building and same category                    +35
    //   same grid and same category (no building match)    +20   (a building lies in one grid,
    //                                                             so the stronger place counts once)
    //   same building, another category, texts at least    +35   (the desk filed the same matter
    //     kCrossCategorySimilarity alike                          under another category)
    //   text similarity s in [0, 1]                        +round(40 · s)
    //   the case is still open                             +5    (a repeat joins it; a closed one
    //                                                             may need reopening instead)
    // Highest first; equal scores put the most recently received first.
    static constexpr int kPhoneScore = 50;
    static constexpr int kBuildingScore = 35;
    static constexpr int kGridScore = 20;
    static constexpr int kTextScore = 40;
    static constexpr int kOpenScore = 5;
    static constexpr double kCrossCategorySimilarity = 0.5;
    // From this score a candidate is shown as very likely a repeat (很可能重复), below it as
    // possibly one (可能重复): the same phone with half-alike texts, or the same building and
    // category with texts 75% alike, reach it; a place alone does not.
    static constexpr int kLikelyScore = 70;
    // "Very likely a repeat" / "Possibly a repeat", translated.
    static QString likelihoodName(const QString &key);
    // The reasons as a suspected repeat stores them ("phone,building_category,text:82"), and the
    // words for them ("same phone, same building, same category, text 82% alike").
    static QString reasonsKey(const RepeatCandidate &c);
    static QString describeReasons(const QString &key);
    static constexpr int kMinPhoneDigits = 7;

    explicit RepeatFinder(Database &db)
        : m_db(db)
    {}

    // The probe for a case or a draft: its phone, place, category and texts and the office's
    // window; a draft placed by its building alone gets the building's grid.
    static RepeatProbe probeFor(Database &db, const Case &c);

    // The best `limit` candidates, best first. A case is a candidate when it is not deleted,
    // not probe.excludeCaseId, and either open (received within openLookbackDays) or closed
    // with both received and closed within windowDays; and it shares with the probe (a) the
    // reporter's phone, (b) the building and category, or (c) the grid and category.
    QList<RepeatCandidate> find(const RepeatProbe &probe, int limit = 10) const;

    // The office's window (meta key below, whole days 1–365), kDefaultWindowDays when unset or
    // unreadable. Only read here: writing it is a settings change (EditSettings, audited).
    static constexpr const char *kWindowMetaKey = "repeat_window_days";
    static constexpr int kDefaultWindowDays = 30;
    static int windowDaysSetting(const Database &db);
    // The office's scores (meta keys below, each within 1…kMaxScore, review ≤ attach), the defaults
    // when unset or unreadable. Written by CaseSettings::save.
    static constexpr const char *kAttachScoreKey = "repeat_attach_score";
    static constexpr const char *kReviewScoreKey = "repeat_review_score";
    static constexpr int kMaxScore = kPhoneScore + kBuildingScore + kTextScore + kOpenScore;
    static RepeatScores scoresSetting(const Database &db);

    // The text compared: description and request together, as a case stores them.
    static QString caseText(const QString &description, const QString &request);
    // States after which a case no longer takes work: completed, callback_done, archived, refused.
    static QStringList closedStates();
    // The SQL of each lookup, for EXPLAIN QUERY PLAN in tests; each binds the parameters
    // listed in RepeatFinder.cpp in the same order.
    static QStringList querySql();

private:
    Database &m_db;
};

} // namespace gd
