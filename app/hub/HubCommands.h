#pragma once
// The commands of griddesk-hub, each on an open connection to the hub.
#include "storage/Result.h"

#include <QCommandLineParser>

namespace gd::hub {
class HubConnection;
}

namespace gdhub {

struct Invocation {
    QCommandLineParser &parser;
    QStringList arguments; // after the command words
    bool json = false;
};

int initCommand(gd::hub::HubConnection &hub, const Invocation &in);
int showCommand(gd::hub::HubConnection &hub, const Invocation &in);
int keyCommand(gd::hub::HubConnection &hub, const Invocation &in);
int ingestCommand(gd::hub::HubConnection &hub, const Invocation &in);
int packageCommand(gd::hub::HubConnection &hub, const Invocation &in);
int digestCommand(gd::hub::HubConnection &hub, const Invocation &in);
int conflictsListCommand(gd::hub::HubConnection &hub, const Invocation &in);
int conflictsResolveCommand(gd::hub::HubConnection &hub, const Invocation &in);
int trustAddCommand(gd::hub::HubConnection &hub, const Invocation &in);
int trustListCommand(gd::hub::HubConnection &hub, const Invocation &in);
int trustRemoveCommand(gd::hub::HubConnection &hub, const Invocation &in);
int statsCommand(gd::hub::HubConnection &hub, const Invocation &in);  // HubStatsCommand.cpp
int reportCommand(gd::hub::HubConnection &hub, const Invocation &in); // HubStatsCommand.cpp

// The exit code and stderr line for a core error: 2 for the data (a refused package, not a hub),
// 1 for what the command line can change.
int failWith(const gd::Error &error);

} // namespace gdhub
