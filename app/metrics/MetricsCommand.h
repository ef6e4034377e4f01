#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli metrics [--listen ADDR:PORT] [--labels SPEC] [--once]: serves /metrics until
// stopped, or prints the exposition once.
int runMetricsCommand(CliContext &context);

} // namespace nocdesk
