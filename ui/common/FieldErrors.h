#pragma once
// Shows a refusal from a core service next to the form: the message in a box, and the focus
// on the widget for the field the service named (widgets register under the field's name).
#include "storage/Result.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace gdui {

class FieldErrors
{
public:
    void bind(const QString &field, QWidget *widget) { m_fields.insert(field, widget); }
    // Returns true when there was nothing to report.
    bool report(QWidget *parent, const gd::Error &error) const;

private:
    QHash<QString, QPointer<QWidget>> m_fields;
};

} // namespace gdui
