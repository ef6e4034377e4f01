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
    SqliteStatement insert(db, "INSERT INTO events (received_at, event_time, host, os, facility, severity, code, kind, message,"
                               " key_values, status, result, fold_count, raw, parse_error)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fail);
    SqliteStatement count(db, eventrepeats::kAdd, fail);
    // Rolled back on every way out but the commit.
    exec(db, "BEGIN IMMEDIATE");
    try {
        ids.reserve(events.size());
        sqlite3_stmt *s = insert.get();
        // Every text field is a view into its row, unchanged until the row is stepped: bound
        // without a copy.
        auto bind = [s](int column, const EventRow &row, EventRow::Field field) {
            const QByteArrayView text = row.field(field);
            sqlite3_bind_text(s, column, text.data(), int(text.size()), SQLITE_STATIC);
        };
        for (const EventRow &e : events) {
            sqlite3_bind_int64(s, 1, e.receivedMs);
            if (e.hasEventTime)
                sqlite3_bind_int64(s, 2, e.eventMs);
            else
                sqlite3_bind_null(s, 2);
            bind(3, e, EventRow::Host);
            bind(4, e, EventRow::Os);
            sqlite3_bind_int(s, 5, e.facility);
            sqlite3_bind_int(s, 6, e.severity);
            bind(7, e, EventRow::Code);
            bind(8, e, EventRow::Kind);
            bind(9, e, EventRow::Message);
            bind(10, e, EventRow::Values);
            bind(11, e, EventRow::Status);
            bind(12, e, EventRow::Result);
            sqlite3_bind_int(s, 13, e.count);
            sqlite3_bind_blob(s, 14, e.raw.constData(), int(e.raw.size()), SQLITE_STATIC);
            bind(15, e, EventRow::ParseError);
            insert.run("insert");
            ids.append(sqlite3_last_insert_rowid(db));
        }
        // Repeats of rows stored before, in id order: neighbours in event_repeats' B-tree.
        sqlite3_stmt *c = count.get();
        for (const auto &[id, repeats] : eventrepeats::sortedById(increments)) {
            sqlite3_bind_int64(c, 1, id);
            sqlite3_bind_int(c, 2, repeats);
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
