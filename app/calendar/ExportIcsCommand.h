#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli export-ics [--output FILE] [--id N ...] [--status S ...] [--provider P ...] [--upcoming]
int runExportIcsCommand(CliContext &context);

} // namespace nocdesk
