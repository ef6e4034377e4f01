#include "EventBatchWriter.h"

#include "SqliteHandle.h"
#include "Store.h"
#include "WalCheckpointer.h"

#include <QThread>

namespace nocdesk {

EventBatchWriter::EventBatchWriter(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_checkpointer(std::make_unique<WalCheckpointer>(m_databasePath))
{
}

EventBatchWriter::~EventBatchWriter() = default;

void EventBatchWriter::giveUpAfter(QDeadlineTimer deadline)
{
    QMutexLocker lock(&m_mutex);
    m_giveUp = deadline;
}

void EventBatchWriter::write(const QList<EventRow> &batch, const QHash<qint64, int> &increments)
{
    QList<qint64> ids;
    // Rows and counts in one transaction: a retry stores the whole batch or none of it, so it
    // never inserts a row or adds a count twice.
    if (!retry([&](Store &store) { ids = store.addEventRows(batch, increments); })) {
        // Every line the batch stands for is lost: each row's count, and each count it would
        // have added to a row stored before.
        int lines = 0;
        for (const EventRow &row : batch)
            lines += row.count;
        for (int n : increments)
            lines += n;
        Q_EMIT abandoned(int(batch.size()), lines);
        return;
    }
    Q_EMIT written(ids, increments.keys());
}

bool EventBatchWriter::retry(const std::function<void(Store &)> &step)
{
    for (int attempt = 0;; ++attempt) {
        try {
            Store store = Store::forCurrentThread(m_databasePath);
            m_checkpointer->attach(sqliteHandle(store.database()));
            step(store);
            return true;
        } catch (const StoreError &e) {
            // The database may be locked by a long reader or briefly unavailable: say so once,
            // then keep trying quietly.
            if (attempt == 0)
                Q_EMIT storeError(e.message());
            bool giveUp = false;
            {
                QMutexLocker lock(&m_mutex);
                giveUp = m_giveUp.hasExpired();
            }
            if (giveUp)
                return false;
            QThread::msleep(200);
        }
    }
}

} // namespace nocdesk
