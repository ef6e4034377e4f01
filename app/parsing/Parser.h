#pragma once

#include "DataPart.h"
#include "Maintenance.h"

#include <QList>
#include <QString>

#include <functional>

namespace nocdesk::parsing {

// Which parts a parser reads, by the part types the corpus README assigns to each kind.
enum class PartKind { ICal, Html, Text, Csv, Xlsx, Date, Subject };

[[nodiscard]] bool partMatches(PartKind kind, const QString &partType);

// A sub-parser: reads one part and returns what it found, one draft per maintenance.
// It throws ParseFailure when the part is not what it expects.
struct Parser
{
    QString name;
    PartKind kind;
    std::function<QList<MaintenanceDraft>(const DataPart &)> parse;
};

// Parsers every provider shares.
[[nodiscard]] Parser icalParser();
[[nodiscard]] Parser emailDateParser();

} // namespace nocdesk::parsing
