#include "SqliteEventWriter.h"

#include "EventRepeats.h"
#include "EventSummary.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace nocdesk {

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::SqliteEventWriter", "Storing events failed (%1): %2")
                         .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, sql);
}

} // namespace

bool SqliteEventWriter::canAppend(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    return handle && sqlite3_get_autocommit(handle) != 0;
}

QList<qint64> SqliteEventWriter::append(const QSqlDatabase &database, const QList<EventRow> &events,
                                        const QHash<qint64, int> &increments)
{
    QList<qint64> ids;
    if (events.isEmpty() && increments.isEmpty())
        return ids;
    sqlite3 *db = sqliteHandle(database);
    if (!db)
        throw StoreError(StoreError::Kind::Query, QCoreApplication::translate("nocdesk::SqliteEventWriter",
                                                                              "The events writer needs an SQLite connection."));
    SqliteStatement insert(db, EventRow::kInsert, fail);
    SqliteStatement count(db, eventrepeats::kAdd, fail);
    // Rolled back on every way out but the commit.
    exec(db, "BEGIN IMMEDIATE");
    try {
        ids.reserve(events.size());
        // Every text field is a view into its row, unchanged until the row is stepped: bound
        // without a copy.
        for (const EventRow &e : events) {
            insert.number(1, e.receivedMs);
            if (e.hasEventTime)
                insert.number(2, e.eventMs);
            else
                insert.null(2);
            insert.text(3, e.field(EventRow::Host));
            insert.text(4, e.field(EventRow::Os));
            insert.number(5, e.facility);
            insert.number(6, e.severity);
            insert.text(7, e.field(EventRow::Code));
            insert.text(8, e.field(EventRow::Kind));
            insert.text(9, e.field(EventRow::Message));
            insert.text(10, e.field(EventRow::Values));
            insert.text(11, e.field(EventRow::Status));
            insert.text(12, e.field(EventRow::Result));
            insert.number(13, e.count);
            insert.blob(14, e.raw);
            insert.text(15, e.field(EventRow::ParseError));
            insert.run("insert");
            ids.append(sqlite3_last_insert_rowid(db));
        }
        // Repeats of rows stored before, in id order: neighbours in event_repeats' B-tree.
        for (const auto &[id, repeats] : eventrepeats::sortedById(increments)) {
            count.number(1, id);
            count.number(2, repeats);
            count.run("count");
        }
        if (!events.isEmpty())
            EventSummary::record(db, ids, events);
        exec(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    return ids;
}

} // namespace nocdesk
