#pragma once
// Whose month a review is (issue 17 §1): the office's whole district, one street or one community,
// an office setting fixed in the month record when it is submitted. Each office keeps its own month
// records (by its site), and two offices never approve the same workers' month: approving refuses
// a month another office has approved for overlapping workers, and a merge that brings two such
// approvals keeps both and lists them (overlappingApprovals) until one office reopens its month.
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace gd {
class Database;
}

namespace gd::rating {

struct ReviewScope {
    enum Level { District, Street, Community };
    Level level = District;
    QString code; // the street's or community's code

    QString text() const; // "district", "street:370202002", "community:370202002001"
    // Invalid (field "scope") when the text is none of those forms.
    static Result<ReviewScope> parse(const QString &text);
    bool operator==(const ReviewScope &o) const { return level == o.level && code == o.code; }
};

// Invalid (field "scope") when the street or community is not in the file.
Error checkScopeExists(Database &db, const ReviewScope &scope);
// The scope in words: 全区 (the district), or the street's or community's name.
QString scopeLabel(Database &db, const ReviewScope &scope);
// Whether two scopes share workers (a community lies in its street, everything in the district).
bool scopesOverlap(Database &db, const ReviewScope &a, const ReviewScope &b);
// The grids a worker serves, held (the grid's worker) or covered (worker_grids), as rows
// (worker_id, grid_id) without repeats: the one definition the sheet's order, the volume per 100
// households and the scope's workers read.
QString workerGridsSql();

// A condition on the workers table aliased `alias` that keeps the scope's workers (of its
// communities, or holding or covering one of its grids), with its bound values appended to `binds`.
QString scopeWorkers(const ReviewScope &scope, const QString &alias, QVariantList *binds);

// Months approved by more than one office for workers they share.
struct ScopedApproval {
    QString recordId, scope, label, approvedBy, office;
};
struct ApprovalOverlap {
    QString month;
    QList<ScopedApproval> approvals; // two or more, oldest first
};
Result<QList<ApprovalOverlap>> overlappingApprovals(Database &db);

} // namespace gd::rating
