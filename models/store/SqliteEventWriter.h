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
    // Returns the ids given to the events: consecutive, as one writer inserts them in one
    // transaction. Throws StoreError.
    static QList<qint64> append(const QSqlDatabase &db, const QList<Event> &events);
};

} // namespace nocdesk
