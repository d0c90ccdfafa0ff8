#pragma once
// Which column of a 12345 hotline CSV fills which field of a case. The hotline's exports name
// their columns in several ways (工单编号 or 工单号…); a default mapping recognises the usual
// ones, and the mapping last used is kept in the file so the window and the CLI share it.
#include "storage/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace gd {

class Database;

class HotlineMapping
{
public:
    // The fields a CSV can fill, in the order forms and reports show them.
    static QStringList fields();         // hotline_order, received, reporter_name, reporter_phone, address,
                                         // description, request, category, urgency, request_type
    static QStringList requiredFields(); // hotline_order, description
    static bool isRequired(const QString &field);
    static QString label(const QString &field); // translated: "Hotline order number"
    // The header names the default mapping recognises for a field, Chinese first.
    static QStringList knownHeaders(const QString &field);

    // The column of the field ("" when none).
    QString column(const QString &field) const { return m_columns.value(field); }
    // An empty header says "no column" on purpose: resolvedFor() does not guess that field.
    void setColumn(const QString &field, const QString &header);
    // This mapping with every field that `other` names taken from `other` (even "no column").
    HotlineMapping overriddenBy(const HotlineMapping &other) const;
    const QHash<QString, QString> &columns() const { return m_columns; }
    bool isEmpty() const { return m_columns.isEmpty(); }

    // The default mapping for a file's headers: each field takes the first header it recognises.
    static HotlineMapping guess(const QStringList &headers);
    // This mapping where its columns exist in `headers`, the default mapping for the rest: how a
    // remembered mapping meets a file laid out differently.
    HotlineMapping resolvedFor(const QStringList &headers) const;
    // The fields whose column is not among the headers (set but absent, or required and unset).
    QStringList missingFields(const QStringList &headers) const;
    // "Hotline order number (工单编号)" for each, joined for a message.
    QString describeMissing(const QStringList &missing) const;

    // {"hotline_order": "工单编号", …}; an unknown field name is an Invalid error naming it.
    QString toJson() const;
    static Result<HotlineMapping> fromJson(const QByteArray &json);
    // "hotline_order=工单编号;received=来电时间" as the command line takes it.
    static Result<HotlineMapping> fromSpec(const QString &spec);

    // The mapping last used in this file (empty when none), and remembering one (needs
    // HandleCases; joins the caller's transaction when there is one).
    static HotlineMapping remembered(const Database &db);
    static Status remember(Database &db, const HotlineMapping &mapping);
    static constexpr const char *kMetaKey = "hotline_csv_mapping";

    // How headers are compared: trimmed, case and width folded, inner spaces dropped.
    static QString normalizeHeader(const QString &header);

private:
    QHash<QString, QString> m_columns; // field → header as the file spells it
};

} // namespace gd
