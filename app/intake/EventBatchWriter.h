#pragma once

#include "domain/Event.h"

#include <QAtomicInteger>
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
    // From any thread: a batch still failing after this gives up instead of retrying forever.
    void abandonRetries() { m_abandon.storeRelaxed(true); }

Q_SIGNALS:
    void written(qint64 firstId, qint64 lastId, int rows);
    void abandoned(int rows);
    void storeError(const QString &message);

private:
    QString m_databasePath;
    QAtomicInteger<bool> m_abandon = false;
};

} // namespace nocdesk
