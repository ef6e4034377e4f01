#include "TransactionGuard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace nocdesk {

namespace {
// Connections belong to one thread, so the nesting depth per connection is thread-local.
thread_local QHash<QString, int> t_depth;

QString savepoint(int depth) { return QStringLiteral("nocdesk_sp%1").arg(depth); }
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        // IMMEDIATE takes the write lock up front (waiting out the busy timeout if needed). A
        // deferred transaction that reads first and writes later gets SQLITE_BUSY at once when
        // another connection has written meanwhile, and the busy timeout does not help then.
        QSqlQuery begin(m_db);
        if (m_db.driverName() == QLatin1String("QSQLITE") ? !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                                          : !m_db.transaction())
            throw StoreError(StoreError::Kind::Query,
                             tr("Cannot start a transaction: %1")
                                 .arg(begin.lastError().isValid() ? begin.lastError().text() : m_db.lastError().text()));
    } else {
        run(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    }
    ++depth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_done) {
        if (m_depth == 0) {
            m_db.rollback();
        } else {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
        }
    }
    t_depth[m_db.connectionName()] = m_depth;
}

void TransactionGuard::commit()
{
    if (m_depth == 0) {
        if (!m_db.commit())
            throw StoreError(StoreError::Kind::Query, tr("Cannot commit: %1").arg(m_db.lastError().text()));
    } else {
        run(QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    m_done = true;
}

void TransactionGuard::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        throw StoreError(StoreError::Kind::Query,
                         tr("Database error: %1 (in: %2)").arg(query.lastError().text(), statement));
}

} // namespace nocdesk
