#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nocdesk {

// Rolls the transaction back unless commit() was reached, so an exception or an early return
// in the middle of a job never leaves half its rows behind. Guards nest: an inner guard on a
// connection that is already in a transaction becomes a savepoint, so a store method that is
// atomic on its own is also atomic inside a larger job.
class TransactionGuard
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::TransactionGuard)
public:
    explicit TransactionGuard(QSqlDatabase db);
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;
    ~TransactionGuard();

    void commit();

private:
    void run(const QString &statement);

    QSqlDatabase m_db;
    int m_depth = 0; // 0: the outermost transaction; n > 0: savepoint n
    bool m_done = false;
};

} // namespace nocdesk
