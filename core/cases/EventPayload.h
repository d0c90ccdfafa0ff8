#pragma once
// How an event's details are stored: the JSON of case_events.data, exchanged between offices.
// The keys are the ones every earlier version wrote, so old files and packages read the same.
#include "WorkflowAction.h"

#include <QByteArray>
#include <QJsonObject>

namespace gd::workflow {

QJsonObject encode(const Payload &payload);
// The details of an event of `action`; missing or mistyped keys read as empty values, and an
// action without details (or Unknown) gives std::monostate.
Payload decode(Action action, const QJsonObject &data);
Payload decode(Action action, const QByteArray &json);

} // namespace gd::workflow
