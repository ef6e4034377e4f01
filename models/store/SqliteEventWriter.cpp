#include "SqliteEventWriter.h"

#include "CompactJson.h"
#include "EventSummary.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QVarLengthArray>

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

// A row's text as UTF-8, one field after another in a buffer kept from row to row, bound
// without a copy (SQLITE_STATIC): no allocation per field, here or in SQLite. The buffer must
// not change until the row is stepped, so every field is written before any is bound.
class Utf8Fields
{
public:
    // Writes the fields; the i-th is then field(i).
    void write(std::initializer_list<QStringView> fields)
    {
        qsizetype needed = 0;
        for (QStringView f : fields)
            needed += m_encoder.requiredSpace(f.size());
        if (m_buffer.size() < needed)
            m_buffer.resize(needed);
        char *out = m_buffer.data();
        m_ends.clear();
        for (QStringView f : fields) {
            out = m_encoder.appendToBuffer(out, f);
            m_ends.append(out - m_buffer.constData());
        }
    }
    void bind(sqlite3_stmt *s, int column, int field) const
    {
        const qsizetype begin = field == 0 ? 0 : m_ends.at(field - 1);
        sqlite3_bind_text(s, column, m_buffer.constData() + begin, int(m_ends.at(field) - begin), SQLITE_STATIC);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
    QVarLengthArray<qsizetype, 8> m_ends;
};


} // namespace

bool SqliteEventWriter::canAppend(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    return handle && sqlite3_get_autocommit(handle) != 0;
}

QList<qint64> SqliteEventWriter::append(const QSqlDatabase &database, const QList<Event> &events,
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
    SqliteStatement count(db, "UPDATE events SET fold_count = fold_count + ? WHERE id = ?", fail);
    // Rolled back on every way out but the commit.
    exec(db, "BEGIN IMMEDIATE");
    try {
        ids.reserve(events.size());
        Utf8Fields text;
        QByteArray values; // key values as JSON, one buffer for the batch
        sqlite3_stmt *s = insert.get();
        for (const Event &e : events) {
            sqlite3_bind_int64(s, 1, (e.receivedAt.isValid() ? e.receivedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
            if (e.eventTime.isValid())
                sqlite3_bind_int64(s, 2, e.eventTime.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(s, 2);
            text.write({e.host, e.os, e.code, e.kind, e.message, storedName(e.status), e.result, e.parseError});
            text.bind(s, 3, 0);
            text.bind(s, 4, 1);
            sqlite3_bind_int(s, 5, e.facility);
            sqlite3_bind_int(s, 6, static_cast<int>(e.severity));
            text.bind(s, 7, 2);
            text.bind(s, 8, 3);
            text.bind(s, 9, 4);
            // Unchanged until the row is stepped: bound without a copy too.
            writeCompactJson(values, e.values);
            sqlite3_bind_text(s, 10, values.constData(), int(values.size()), SQLITE_STATIC);
            text.bind(s, 11, 5);
            text.bind(s, 12, 6);
            sqlite3_bind_int(s, 13, e.count);
            sqlite3_bind_blob(s, 14, e.raw.constData(), int(e.raw.size()), SQLITE_STATIC);
            text.bind(s, 15, 7);
            insert.run("insert");
            ids.append(sqlite3_last_insert_rowid(db));
        }
        // Repeats of rows stored before: by primary key, a few hundred a batch at most in a
        // storm, each touching one page that the inserts above have mostly left in the cache.
        sqlite3_stmt *c = count.get();
        for (auto it = increments.constBegin(); it != increments.constEnd(); ++it) {
            sqlite3_bind_int(c, 1, it.value());
            sqlite3_bind_int64(c, 2, it.key());
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
