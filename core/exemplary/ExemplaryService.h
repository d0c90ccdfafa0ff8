#pragma once
// Writing up exemplary cases. A supervisor marks a source as exemplary (Permission::ScoreReviews):
// draftFrom() fills what the source says — its area, day, category, the worker credited (a
// case's finder or handler, a dispute's finder, a service team's leader) with the worker's name and
// star now, a title and the background — and save() keeps the write-up. Approving it is a
// supervisor's alone (Permission::ApproveReviews); an edit after approval sends it back to draft.
// One transaction a write, stamped and audited; the search entry is renewed in it.
#include "ExemplaryTypes.h"
#include "storage/Result.h"

namespace gd {

class Database;

class ExemplaryService
{
public:
    explicit ExemplaryService(Database &db)
        : m_db(db)
    {}

    // NotFound when the source does not exist; Invalid when the kind is not one of sourceKinds().
    Result<ExemplaryCase> draftFrom(const QString &sourceKind, const QString &sourceId) const;
    // Refused with the field named: no source or one not in the file, no title or category, a part
    // over kMaxPartChars, a photo not JPEG/PNG or over kMaxPhotoBytes, more than kMaxPhotos, the
    // source written up already (each is written up once).
    Result<QString> save(const ExemplaryCase &write);
    Status approve(const QString &id);
    Status remove(const QString &id);
    Result<ExemplaryCase> get(const QString &id, bool withPhotos = true) const;
    // The write-ups the filter finds, newest first (photos left out); at most `limit`.
    Result<QList<ExemplaryCase>> list(const ExemplaryFilter &filter, int limit = 1000) const;
    // The write-up of a source, if it has one.
    Result<QString> ofSource(const QString &sourceId) const;

private:
    Database &m_db;
};

} // namespace gd
