#include "SqliteEventWriter.h"

#include "CompactJson.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace nocdesk {

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::SqliteEventWriter", "Storing events failed (%1): %2")
                         .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, sql);
}

// Text binds copy (SQLITE_TRANSIENT) so temporaries may go right after.
void bindText(sqlite3_stmt *s, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// The driver's sqlite3* is only ours to use if the driver runs on the same SQLite library.
bool sameSqliteLibrary(const QSqlDatabase &db)
{
    static const bool same = [&db] {
        QSqlQuery version(db);
        return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
            && version.value(0).toString() == QLatin1String(sqlite3_libversion());
    }();
    return same;
}

} // namespace

bool SqliteEventWriter::canAppend(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sameSqliteLibrary(db) && sqlite3_get_autocommit(handle) != 0;
}

QList<qint64> SqliteEventWriter::append(const QSqlDatabase &database, const QList<Event> &events)
{
    QList<qint64> ids;
    if (events.isEmpty())
        return ids;
    sqlite3 *db = handleOf(database);
    if (!db)
        throw StoreError(StoreError::Kind::Query, QCoreApplication::translate("nocdesk::SqliteEventWriter",
                                                                              "The events writer needs an SQLite connection."));
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO events (received_at, event_time, host, os, facility, severity, code, kind, message,"
                           " key_values, status, result, fold_count, raw, parse_error)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr) != SQLITE_OK)
        fail(db, "prepare");
    // The statement is finalised on every way out, the transaction rolled back on failure.
    struct Finalizer
    {
        sqlite3_stmt *statement;
        ~Finalizer() { sqlite3_finalize(statement); }
    } finalizer{insert};
    exec(db, "BEGIN IMMEDIATE");
    try {
        ids.reserve(events.size());
        const QByteArray emptyObject("{}");
        for (const Event &e : events) {
            sqlite3_bind_int64(insert, 1, (e.receivedAt.isValid() ? e.receivedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
            if (e.eventTime.isValid())
                sqlite3_bind_int64(insert, 2, e.eventTime.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(insert, 2);
            bindText(insert, 3, e.host.toUtf8());
            bindText(insert, 4, e.os.toUtf8());
            sqlite3_bind_int(insert, 5, e.facility);
            sqlite3_bind_int(insert, 6, static_cast<int>(e.severity));
            bindText(insert, 7, e.code.toUtf8());
            bindText(insert, 8, e.kind.toUtf8());
            bindText(insert, 9, e.message.toUtf8());
            bindText(insert, 10, e.values.isEmpty() ? emptyObject : compactJson(e.values));
            bindText(insert, 11, storedName(e.status).toUtf8());
            bindText(insert, 12, e.result.toUtf8());
            sqlite3_bind_int(insert, 13, e.count);
            sqlite3_bind_blob(insert, 14, e.raw.constData(), int(e.raw.size()), SQLITE_TRANSIENT);
            bindText(insert, 15, e.parseError.toUtf8());
            if (sqlite3_step(insert) != SQLITE_DONE)
                fail(db, "insert");
            sqlite3_reset(insert);
            ids.append(sqlite3_last_insert_rowid(db));
        }
        exec(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    return ids;
}

} // namespace nocdesk
