#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace nocdesk::syslog {

struct ParserOptions
{
    // "Now" for year inference on RFC 3164 stamps that omit the year. Invalid: the clock at
    // parse time. Tests pass a fixed value so results do not depend on the day they run.
    QDateTime referenceNow;
    // Zone for stamps that carry none; devices in a NOC usually log in UTC.
    QTimeZone assumedZone = QTimeZone::utc();
    // A year-less stamp up to this far ahead of referenceNow is taken as this year (device
    // clocks drift); further ahead means it was written last year.
    qint64 futureToleranceSecs = 7 * 24 * 3600;
};

} // namespace nocdesk::syslog
