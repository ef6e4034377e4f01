#pragma once

#include "EventRow.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QDateTime>

namespace nocdesk {

// The intake's line parser: a syslog line, as received, becomes the row the store keeps for
// it. Lines the parser cannot read still become rows, with the raw bytes and the reason, so
// nothing is dropped. truncated: the line was cut at the intake's limit (its values say so).
// Thread-safe: the rules are loaded once and shared read-only.
[[nodiscard]] EventRow parseSyslogRow(const QByteArray &line, qint64 receivedMs, bool truncated = false);
// The same as an event (the demo and tests, which work on events): the row, read back.
[[nodiscard]] Event parseSyslogLine(const QByteArray &line, const QDateTime &receivedAt);

// Where an operator puts extra rule files (*.json) for the intake: $NOCDESK_SYSLOG_RULES_DIR,
// else syslog-rules/ in NocDesk's data folder. They are read once, at the first line, and take precedence over the built-in ones.
[[nodiscard]] QString operatorSyslogRulesFolder();

} // namespace nocdesk
