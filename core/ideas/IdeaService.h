#pragma once
// Good ideas and observation visits. A street proposes a working method; visits record who came,
// what they said and the second refinement (二次提炼); other streets mark it adopted — once each (an
// adoption is uuid v5 of idea and street, so two offices marking it keep one). The monthly report
// names the ideas adopted in its month (adoptedIn). Recorded by supervisors
// (Permission::ScoreReviews: the district's leaders lead the visits); one transaction a write,
// stamped and audited. The ideas are the district's: every office's package carries them whole.
#include "IdeaTypes.h"
#include "storage/Result.h"

namespace gd {

class Database;

class IdeaService
{
public:
    explicit IdeaService(Database &db)
        : m_db(db)
    {}

    // Added when the id is empty, else changed. Refused with the field named: no street or one not
    // in the file, no title or one over 60 characters, a description over 3000, no day or one
    // before 2000 or still to come.
    Result<QString> save(const Idea &idea);
    Status remove(const QString &id);
    Result<Idea> get(const QString &id) const; // with its visits and adoptions
    // Ideas proposed in the year (0: every year), newest first, with visits and adoptions.
    Result<QList<Idea>> list(int year = 0) const;

    // Refused: no such idea, a day before the idea's or still to come, texts too long.
    Result<QString> addVisit(const IdeaVisit &visit);
    // Refused: no such idea or street, the proposing street itself, a day before the idea's or
    // still to come; adopted again by the same street changes the day and note.
    Result<QString> adopt(const IdeaAdoption &adoption);
    Status withdrawAdoption(const QString &adoptionId);
    // A visit recorded by mistake; the idea and its other visits stay.
    Status removeVisit(const QString &visitId);

    // The adoptions made in the days from..to (both included), by day: for the monthly report.
    struct Adopted {
        QString ideaTitle, proposedBy, adoptedBy;
        QDate on;
    };
    Result<QList<Adopted>> adoptedIn(const QDate &from, const QDate &to) const;

private:
    Database &m_db;
};

} // namespace gd
