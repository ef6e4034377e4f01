#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli overlaps [--json] [--exclude-no-impact]: runs the overlap job now, stores and
// prints what it found.
int runOverlapsCommand(CliContext &context);

} // namespace nocdesk
