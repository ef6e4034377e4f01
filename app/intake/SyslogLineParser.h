#pragma once

#include "domain/Event.h"

#include <QByteArray>
#include <QDateTime>

namespace nocdesk {

// The intake's line parser: a syslog line, as received, becomes an event. Lines the parser
// cannot read still become events, with the raw bytes and the reason, so nothing is dropped.
// Thread-safe: the rules are loaded once and shared read-only.
[[nodiscard]] Event parseSyslogLine(const QByteArray &line, const QDateTime &receivedAt);

} // namespace nocdesk
