#include "SqlQuery.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nocdesk {

namespace {
[[noreturn]] void fail(const QString &sql, const QSqlError &error)
{
    throw StoreError(StoreError::Kind::Query,
                     QCoreApplication::translate("nocdesk::SqlQuery", "Database error: %1 (in: %2)")
                         .arg(error.text(), sql.simplified().left(120)));
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(sql, m_query.lastError());
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

SqlQuery &SqlQuery::exec()
{
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
