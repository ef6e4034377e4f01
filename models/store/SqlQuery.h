#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace nocdesk {

// A prepared statement that throws StoreError instead of returning false, so store code reads
// as the SQL it runs rather than as error plumbing.
//
// Statements are reused: when a SqlQuery ends, its prepared statement is reset and kept for the
// next SqlQuery with the same SQL on the same connection (per thread, a bounded number). Storing
// one mail runs some twenty statements, and preparing them again for every mail cost more than
// running them. A reused statement starts with no bound values, as a fresh one does.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    SqlQuery &bindValues(const QVariantList &values);
    SqlQuery &exec();
    // Runs the statement and returns the new row's id.
    qint64 insert();

    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QSqlQuery &raw() { return m_query; }

    // Drops the statements kept for a connection of this thread; called before the connection
    // is closed, since a closed connection's statements cannot run again.
    static void forgetStatements(const QString &connectionName);

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_cacheKey;
    int m_bound = 0;
    bool m_reused = false; // taken from the cache and not executed yet
};

} // namespace nocdesk
