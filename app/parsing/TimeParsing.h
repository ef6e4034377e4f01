#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace nocdesk::parsing {

struct LooseDateOptions
{
    bool dayFirst = false;      // "03/04/2021": 3 April when set, March 4 otherwise (US order)
    QTimeZone defaultZone = QTimeZone::utc(); // for texts that name no zone
};

// Reads a date and time written by a person ("Tuesday, 23 March 2021 04:00 GMT",
// "2021-03-23 04:00:00 (UTC+8)", "Mar 23, 2021 4:00 AM ET", "23-Mar-2021 04:00 CET").
// Zones may be UTC offsets, abbreviations (US ones daylight-saving aware) or IANA names.
[[nodiscard]] std::optional<qint64> parseLooseDateTime(const QString &text,
                                                       const LooseDateOptions &options = {});
// An RFC 2822 Date header; falls back to the loose reader.
[[nodiscard]] std::optional<qint64> parseEmailDate(const QString &text);
// A zone abbreviation or name ("ET", "EST", "CET", "GMT", "Europe/London"); invalid if unknown.
[[nodiscard]] QTimeZone zoneForName(const QString &name);
// A place ("San Jose, CA", "London", "Frankfurt, Germany") looked up in the shipped table.
[[nodiscard]] QTimeZone zoneForPlace(const QString &place);

} // namespace nocdesk::parsing
