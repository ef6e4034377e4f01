#pragma once

#include "EventRow.h"

#include <QAtomicInteger>
#include <QHash>
#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace nocdesk {

class Store;
class WalCheckpointer;

// Commits batches of events on its own thread, so parsing the next lines and writing the last
// ones overlap. A batch that cannot be stored is retried, not dropped; the intake stops handing
// over new lines (and counts them as dropped) while the backlog is full.
class EventBatchWriter : public QObject
{
    Q_OBJECT
public:
    explicit EventBatchWriter(QString databasePath, QObject *parent = nullptr);
    ~EventBatchWriter() override; // on the thread that wrote: gives its connection its checkpoints back

    // Called through a queued invocation on the writer's thread: new rows, and more counts
    // for rows stored before.
    void write(const QList<EventRow> &batch, const QHash<qint64, int> &increments);
    // From any thread: a batch that still cannot be stored once the deadline has passed is
    // given up (and counted as dropped) instead of retried forever. Until then it is retried.
    void giveUpAfter(QDeadlineTimer deadline);

Q_SIGNALS:
    // ids: of the new rows, in order; counted: rows whose count grew.
    void written(const QList<qint64> &ids, const QList<qint64> &counted);
    // A batch given up: its rows, and the lines they stood for (their counts, and the repeats
    // it would have counted into rows stored before).
    void abandoned(int rows, int lines);
    void storeError(const QString &message);

private:
    // Runs step until it succeeds or the deadline has passed; false when given up.
    bool retry(const std::function<void(Store &)> &step);

    QString m_databasePath;
    // Copies the log into the database on a thread of its own: a storm's commits do not wait
    // for it (WalCheckpointer.h says how much that is).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    mutable QMutex m_mutex;
    QDeadlineTimer m_giveUp = QDeadlineTimer::Forever;
};

} // namespace nocdesk
