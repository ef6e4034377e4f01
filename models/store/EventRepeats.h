#pragma once

#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

namespace nocdesk::eventrepeats {

// Repeats of an event counted after it was stored live in their own narrow table
// (event_repeats, migration 11), not in events.fold_count: see Migrations.cpp for why.

// An event's count, in a query over events (unaliased): the count it was stored with, plus the
// repeats counted into it since.
inline constexpr char kCount[] =
    "(fold_count + coalesce((SELECT repeats FROM event_repeats WHERE event_id = events.id), 0))";

// Adds repeats (?2) to an event's count (?1).
inline constexpr char kAdd[] = "INSERT INTO event_repeats (event_id, repeats) VALUES (?1, ?2)"
                               " ON CONFLICT (event_id) DO UPDATE SET repeats = repeats + excluded.repeats";

// Repeats to add (event id -> repeats) in id order: neighbours in the table's B-tree, where a
// hash's order would jump between its pages.
inline QList<std::pair<qint64, int>> sortedById(const QHash<qint64, int> &increments)
{
    QList<std::pair<qint64, int>> sorted;
    sorted.reserve(increments.size());
    for (auto it = increments.constBegin(); it != increments.constEnd(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace nocdesk::eventrepeats
