#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace nocdesk {

// A prepared statement that throws StoreError instead of returning false, so store code reads
// as the SQL it runs rather than as error plumbing.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    SqlQuery &exec();
    // Runs the statement and returns the new row's id.
    qint64 insert();

    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    int m_bound = 0;
};

} // namespace nocdesk
