#include "EventBatchWriter.h"

#include "Store.h"

#include <QThread>

namespace nocdesk {

EventBatchWriter::EventBatchWriter(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
}

void EventBatchWriter::giveUpAfter(QDeadlineTimer deadline)
{
    QMutexLocker lock(&m_mutex);
    m_giveUp = deadline;
}

void EventBatchWriter::write(const QList<Event> &batch)
{
    for (int attempt = 0;; ++attempt) {
        try {
            Store store = Store::forCurrentThread(m_databasePath);
            const QList<qint64> ids = store.addEvents(batch);
            if (!ids.isEmpty())
                Q_EMIT written(ids.constFirst(), ids.constLast(), int(ids.size()));
            return;
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
            if (giveUp) {
                Q_EMIT abandoned(int(batch.size()));
                return;
            }
            QThread::msleep(200);
        }
    }
}

} // namespace nocdesk
