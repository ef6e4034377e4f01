#pragma once

namespace nocdesk {

// Runs the event loop of a serving command (listen, metrics) until SIGINT or SIGTERM arrives,
// or until durationMs has passed when it is positive. A signal handler may only set a flag, so
// a timer on the loop looks at it.
void runUntilSignalled(int durationMs = 0);

} // namespace nocdesk
