#pragma once
// The node's periodic jobs, run by one PeriodicTasks timer on the I/O loop.
#include "server/core/PeriodicTasks.hpp"

namespace jcc::server {

struct ServerContext;

/// Adds to `tasks`: the systemd watchdog's keep-alive (under WatchdogSec=), keeping the sessions
/// of open connections fresh, and pruning the event log and the stored request results.
void addPeriodicJobs(PeriodicTasks& tasks, ServerContext& context);

} // namespace jcc::server
