#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli commands of the mail pipeline.
int runImportCommand(CliContext &context);         // import PATH...
int runNotificationsCommand(CliContext &context);  // notifications list [--json] [--outcome O]
int runMaintenancesCommand(CliContext &context);   // maintenances list [--json]
int runReparseCommand(CliContext &context);        // reparse ID... | --all | --outcome O [--provider P [--remember-sender]]
int runSourcesCommand(CliContext &context);        // sources add|list|remove|export|import|validate ...
int runFetchCommand(CliContext &context);          // fetch [--source NAME]

} // namespace nocdesk
