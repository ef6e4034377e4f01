#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <sqlite3.h>

namespace nocdesk {

// One statement prepared on SQLite's C API, finalised on every way out, for the writers that
// bypass Qt SQL (SqliteEventWriter, EventSummary). Failures go to the caller's fail(), which
// throws with its own wording.
class SqliteStatement
{
public:
    using Fail = void (*)(sqlite3 *db, const char *what); // must throw

    SqliteStatement(sqlite3 *db, const char *sql, Fail fail) : m_db(db), m_fail(fail)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_fail(db, "prepare");
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] sqlite3_stmt *get() const { return m_statement; }
    // Bound as they are: the bytes must not change until the statement is stepped. Empty is
    // '' (or x''), never NULL: a null view's pointer would bind NULL.
    void text(int column, QByteArrayView utf8)
    {
        sqlite3_bind_text(m_statement, column, orEmpty(utf8), int(utf8.size()), SQLITE_STATIC);
    }
    void text(int column, QByteArray &&) = delete; // a temporary would be gone by then
    void blob(int column, QByteArrayView bytes)
    {
        sqlite3_bind_blob(m_statement, column, orEmpty(bytes), int(bytes.size()), SQLITE_STATIC);
    }
    void blob(int column, QByteArray &&) = delete;
    void number(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    void null(int column) { sqlite3_bind_null(m_statement, column); }
    // Steps the bound statement to its end and resets it for the next row.
    void run(const char *what)
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            m_fail(m_db, what);
        sqlite3_reset(m_statement);
    }

private:
    static const char *orEmpty(QByteArrayView bytes) { return bytes.data() ? bytes.data() : ""; }

    sqlite3 *m_db;
    Fail m_fail;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace nocdesk
