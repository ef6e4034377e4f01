#pragma once

#include "domain/Event.h"

#include <QList>
#include <QSqlDatabase>

namespace nocdesk {

// The intake's write path: a batch of events into the events table through SQLite's own API
// on the connection's handle, in one transaction. The generic QtSql path costs several times
// the insert itself per row (QVariant binding); syslog arrives at hundreds of thousands of
// lines a second, so this is where the difference shows.
class SqliteEventWriter
{
public:
    // Whether append() can be used on this connection: an SQLite connection, through the same
    // SQLite library this program links (Debian's Qt SQLite driver uses the system library; a
    // Qt with its own copy would not), and not inside a transaction already.
    [[nodiscard]] static bool canAppend(const QSqlDatabase &db);
    // Returns the ids given to the events, in order. Throws StoreError.
    static QList<qint64> append(const QSqlDatabase &db, const QList<Event> &events);
};

} // namespace nocdesk
