#pragma once

#include "domain/Event.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>

namespace nocdesk {

// Commits batches of events on its own thread, so parsing the next lines and writing the last
// ones overlap. A batch that cannot be stored is retried, not dropped; the intake stops handing
// over new lines (and counts them as dropped) while the backlog is full.
class EventBatchWriter : public QObject
{
    Q_OBJECT
public:
    explicit EventBatchWriter(QString databasePath, QObject *parent = nullptr);

    // Called through a queued invocation on the writer's thread.
    void write(const QList<Event> &batch);
    // From any thread: a batch that still cannot be stored once the deadline has passed is
    // given up (and counted as dropped) instead of retried forever. Until then it is retried.
    void giveUpAfter(QDeadlineTimer deadline);

Q_SIGNALS:
    void written(qint64 firstId, qint64 lastId, int rows);
    void abandoned(int rows);
    void storeError(const QString &message);

private:
    QString m_databasePath;
    mutable QMutex m_mutex;
    QDeadlineTimer m_giveUp = QDeadlineTimer::Forever;
};

} // namespace nocdesk
