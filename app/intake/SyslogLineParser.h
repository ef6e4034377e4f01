#pragma once

#include "EventRow.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QDateTime>

namespace nocdesk {

// The intake's line parser: a syslog line, as received, becomes an event. Lines the parser
// cannot read still become events, with the raw bytes and the reason, so nothing is dropped.
// Thread-safe: the rules are loaded once and shared read-only.
[[nodiscard]] Event parseSyslogLine(const QByteArray &line, const QDateTime &receivedAt);
// The same line as the row the store writes for that event, made without the event: what the
// intake uses. truncated: the line was cut at the intake's limit (it says so in its values).
[[nodiscard]] EventRow parseSyslogRow(const QByteArray &line, qint64 receivedMs, bool truncated = false);

// Where an operator puts extra rule files (*.json) for the intake: $NOCDESK_SYSLOG_RULES_DIR,
// else syslog-rules/ in NocDesk's data folder. They are read once, at the first line, and take precedence over the built-in ones.
[[nodiscard]] QString operatorSyslogRulesFolder();

} // namespace nocdesk
