#pragma once

namespace nocdesk {

class CliContext;

// nocdesk-cli listen: runs the syslog intake into the database until stopped.
int runListenCommand(CliContext &context);
// nocdesk-cli syslog-gen: sends generated device lines to a syslog receiver.
int runSyslogGenCommand(CliContext &context);

} // namespace nocdesk
