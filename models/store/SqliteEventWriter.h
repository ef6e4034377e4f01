#pragma once

#include "EventRow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace nocdesk {

// The intake's write path: a batch of events into the events table through SQLite's own API
// on the connection's handle, in one transaction, together with the counts that repeats of
// rows stored before add to them (so a batch is committed, rows and counts, or not at all). The generic QtSql path costs several times
// the insert itself per row (QVariant binding); syslog arrives at hundreds of thousands of
// lines a second, so this is where the difference shows.
class SqliteEventWriter
{
public:
    // Whether append() can be used on this connection: an SQLite connection, through the same
    // SQLite library this program links (Debian's Qt SQLite driver uses the system library; a
    // Qt with its own copy would not), and not inside a transaction already.
    [[nodiscard]] static bool canAppend(const QSqlDatabase &db);
    // Returns the ids given to the events, in order; increments (row id -> repeats) are added
    // to the counts of rows already stored (in event_repeats), in the same transaction. Throws StoreError,
    // and then nothing of the batch is stored.
    static QList<qint64> append(const QSqlDatabase &db, const QList<EventRow> &events,
                                const QHash<qint64, int> &increments = {});
};

} // namespace nocdesk
