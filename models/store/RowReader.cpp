#include "RowReader.h"

#include "SqlQuery.h"
#include "SqliteHandle.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace nocdesk {

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &sql)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::RowReader", "Reading from the database failed: %1 (%2)")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
}

} // namespace

RowReader::RowReader(const QSqlDatabase &db, const QString &sql, Access access)
    : m_db(access == Access::Fastest ? sqliteHandle(db) : nullptr)
{
    if (!m_db) {
        m_query = std::make_unique<SqlQuery>(db, sql);
        m_query->exec();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(m_db, sql);
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

bool RowReader::next()
{
    if (m_query)
        return m_query->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(m_db, QString::fromUtf8(sqlite3_sql(m_statement)));
    return false;
}

bool RowReader::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowReader::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

QString RowReader::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    // Text before its length: sqlite3_column_bytes then counts the UTF-8 just made, if any.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray RowReader::utf8(int column) const
{
    if (m_query)
        return m_query->value(column).toString().toUtf8();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QDateTime RowReader::seconds(int column) const
{
    return isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(integer(column), Qt::UTC);
}

} // namespace nocdesk
