#pragma once

#include <QStringList>
#include <QTextStream>

namespace nocdesk::syslog {

// `nocdesk-cli parse-syslog [--rules DIR] [FILE...]`: one JSON object per input line with the
// keys host, os, tag, kind, facility, severity, date, time, timestamp, message, values.
// Reads stdin when no FILE is given ("-" also means stdin). Extra rule files come from
// --rules DIR and from the NOCDESK_SYSLOG_RULES_DIR environment variable.
// Exit codes follow nocdesk-cli's CliExit: 0 every line parsed; 2 at least one line was not
// parsed (it is still printed, with null fields, and named on err); 1 an input or rule file
// cannot be read; 64 wrong arguments.
enum ParseSyslogExit : int {
    ParseSyslogOk = 0,
    ParseSyslogFailure = 1,
    ParseSyslogUnparsedLines = 2,
    ParseSyslogUsage = 64,
};
int runParseSyslogCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace nocdesk::syslog
