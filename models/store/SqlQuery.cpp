#include "SqlQuery.h"

#include "StoreError.h"

#include <QCache>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace nocdesk {

namespace {
[[noreturn]] void fail(const QString &sql, const QSqlError &error)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::SqlQuery", "Database error: %1 (in: %2)")
                         .arg(error.text(), sql.simplified().left(120)));
}

// Idle prepared statements of this thread, by connection name and SQL. A connection belongs to
// one thread, so its statements do too. Bounded: statements written with literal ids (IN lists)
// come and go, the least recently used ones are dropped first.
constexpr int kKeptStatements = 96;

QCache<QString, QSqlQuery> &idleStatements()
{
    thread_local QCache<QString, QSqlQuery> cache(kKeptStatements);
    return cache;
}

QString cacheKey(const QSqlDatabase &db, const QString &sql)
{
    return db.connectionName() + QLatin1Char('\n') + sql;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_sql(sql), m_cacheKey(cacheKey(db, sql))
{
    if (QSqlQuery *idle = idleStatements().take(m_cacheKey)) {
        // The driver check catches a connection that was removed and added again under the same
        // name: the old driver is gone (null) and its statements with it.
        if (idle->driver() && idle->driver() == db.driver() && db.isOpen()) {
            m_query = std::move(*idle);
            m_reused = true;
        }
        delete idle;
    }
    if (!m_reused) {
        m_query = QSqlQuery(db);
        // Rows are read once, in order (next() and value() are all this class offers): forward
        // only, QtSql keeps no copy of the rows read, which a kept statement would hold on to
        // until its next run.
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            fail(sql, m_query.lastError());
    }
}

SqlQuery::~SqlQuery()
{
    // Reset (not finalized): it holds no lock and no read snapshot while it waits.
    m_query.finish();
    if (m_query.driver() && !m_query.lastQuery().isEmpty())
        idleStatements().insert(m_cacheKey, new QSqlQuery(std::move(m_query)));
}

void SqlQuery::forgetStatements(const QString &connectionName)
{
    QCache<QString, QSqlQuery> &cache = idleStatements();
    const QString prefix = connectionName + QLatin1Char('\n');
    const QList<QString> keys = cache.keys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            cache.remove(key);
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A default-constructed QString binds as SQL NULL; text columns are NOT NULL with '' for
    // "none", and an unknown value is a typed null QVariant, never an empty string.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_bound++, QStringLiteral(""));
    else if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        m_query.bindValue(m_bound++, QByteArray(""));
    else
        m_query.bindValue(m_bound++, value);
    return *this;
}

SqlQuery &SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

SqlQuery &SqlQuery::bindValues(const QVariantList &values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    // A reused statement still holds the values of its last run; it must be bound in full,
    // exactly as a freshly prepared one (where a missing value is a parameter count mismatch).
    if (m_reused && m_bound != m_query.boundValues().size()) {
        fail(m_sql, QSqlError(QString(), QStringLiteral("Parameter count mismatch"), QSqlError::StatementError));
    }
    m_reused = false;
    if (!m_query.exec())
        fail(m_sql, m_query.lastError());
    m_bound = 0; // a prepared statement is rebound from the start for its next run
    return *this;
}

qint64 SqlQuery::insert()
{
    exec();
    return m_query.lastInsertId().toLongLong();
}

} // namespace nocdesk
