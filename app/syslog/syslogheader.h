#pragma once

#include "syslogparseroptions.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace nocdesk::syslog {

// What precedes the message body: PRI, RFC 5424 fields or one of the RFC 3164 dialects that
// network devices send (Cisco sequence numbers and "host:" origin ids, IOS-XR node ids,
// NX-OS year-first stamps, Huawei VRP "yyyy-m-d", ISO 8601, a relay's second header).
// The text fields are views into the parsed line: nothing is copied per field.
struct SyslogHeader
{
    enum class Format { None, Rfc3164, Rfc5424 };

    Format format = Format::None;
    bool badPri = false;
    int pri = -1;
    QStringView sequence;
    QStringView host;
    QStringView nodeId;
    QStringView date;
    QStringView time;
    QDateTime timestamp;
    bool hasTimestamp = false;
    bool zoneFromLine = false;
    bool yearInferred = false;
    bool yearFirst = false;       // "2018 Apr 20 ..." as NX-OS writes it
    bool hostBeforeDate = false;  // "host: date" as Cisco's origin-id writes it
    // RFC 5424 fields
    QStringView appName;
    QStringView procId;
    QStringView msgId;
    QStringView structuredData;
    qsizetype bodyOffset = 0;     // where the body starts in the parsed view
};

// Per-line inputs the header needs besides the text. The parser fills it once per line; the
// zone fields let the common case (UTC or a fixed offset) avoid QTimeZone look-ups.
struct HeaderContext
{
    const ParserOptions *options = nullptr;
    qint64 nowSecs = 0;              // seconds since the epoch, for year inference
    bool assumedZoneIsFixed = true;  // assumedZone has no transitions (UTC, UTC+03:00, ...)
    int assumedOffsetSecs = 0;       // its offset when fixed
};

class SyslogHeaderParser
{
public:
    [[nodiscard]] static SyslogHeader parse(QStringView line, const HeaderContext &context);
    // Known zone abbreviations (UTC, CEST, EST, ...) -> offset in seconds.
    [[nodiscard]] static bool zoneOffset(QStringView abbreviation, int *offsetSecs);
};

} // namespace nocdesk::syslog
