#pragma once

#include "Store.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace nocdesk {

using TaskId = quint64;

// Thrown inside a task by TaskContext::checkCancelled(); the runner reports the task as
// cancelled rather than failed.
struct TaskCancelled
{
};

namespace detail {
struct TaskState
{
    TaskId id = 0;
    QString title;
    QAtomicInteger<bool> cancelled = false;
    QElapsedTimer sinceProgress;
};
} // namespace detail

class TaskRunner;

// What a running task sees: its database connection (this thread's own), progress reporting
// and the cancel flag. Lives on the pool thread, only for the task's run.
class TaskContext
{
public:
    TaskContext(TaskRunner *runner, std::shared_ptr<detail::TaskState> state, QString databasePath);

    [[nodiscard]] Store store() const;
    [[nodiscard]] bool isCancelled() const { return m_state->cancelled.loadRelaxed(); }
    void checkCancelled() const;
    // Reports "done of total" (total 0: unknown). Coalesced to a few updates a second so a
    // tight loop cannot flood the GUI thread's event queue.
    void setProgress(qint64 done, qint64 total, const QString &text = {});

private:
    TaskRunner *m_runner;
    std::shared_ptr<detail::TaskState> m_state;
    QString m_databasePath;
};

// Runs background work on a bounded QThreadPool. Results, progress and failures come back to
// the thread that owns the runner (the GUI thread) through queued calls, so callbacks may
// touch models and widgets. Work must never touch them: it gets a TaskContext instead.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    explicit TaskRunner(QString databasePath, QObject *parent = nullptr);
    // Cancels what is queued or running and waits for it: no task outlives the runner.
    ~TaskRunner() override;

    // work(TaskContext&) runs on the pool; done(result), failed(message) and cancelled() run on
    // this object's thread, exactly one of them per task (cancelled also when the task was
    // cancelled before it started). A task that throws StoreError or std::exception fails
    // with its message.
    template<typename Work, typename Done>
    TaskId run(const QString &title, Work work, Done done, std::function<void(const QString &)> failed = {},
               std::function<void()> cancelled = {});

    void cancel(TaskId id);
    void cancelAll();
    bool waitForDone(int msecs = -1);
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] QThreadPool *pool() { return &m_pool; }

Q_SIGNALS:
    void taskStarted(nocdesk::TaskId id, const QString &title);
    void taskProgress(nocdesk::TaskId id, qint64 done, qint64 total, const QString &text);
    // ok false with an empty message means the task was cancelled.
    void taskFinished(nocdesk::TaskId id, bool ok, const QString &message);

private:
    friend class TaskContext;
    std::shared_ptr<detail::TaskState> registerTask(const QString &title);
    void forget(TaskId id);
    void start(std::function<void()> job) { m_pool.start(std::move(job)); }

    QString m_databasePath;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QHash<TaskId, std::shared_ptr<detail::TaskState>> m_tasks;
    TaskId m_nextId = 1;
};

template<typename Work, typename Done>
TaskId TaskRunner::run(const QString &title, Work work, Done done, std::function<void(const QString &)> failed,
                       std::function<void()> cancelled)
{
    using Result = std::invoke_result_t<Work, TaskContext &>;
    auto state = registerTask(title);
    Q_EMIT taskStarted(state->id, title);

    start([this, state, work = std::move(work), done = std::move(done), failed = std::move(failed),
           cancelled = std::move(cancelled)]() mutable {
        auto finish = [this, state, failed, cancelled](bool ok, const QString &message) {
            QMetaObject::invokeMethod(this, [this, state, failed, cancelled, ok, message] {
                if (!ok && !message.isEmpty() && failed)
                    failed(message);
                if (!ok && message.isEmpty() && cancelled)
                    cancelled();
                forget(state->id);
                Q_EMIT taskFinished(state->id, ok, message);
            }, Qt::QueuedConnection);
        };
        if (state->cancelled.loadRelaxed()) {
            finish(false, {});
            return;
        }
        TaskContext context(this, state, m_databasePath);
        try {
            if constexpr (std::is_void_v<Result>) {
                work(context);
                QMetaObject::invokeMethod(this, [this, state, done] {
                    done();
                    forget(state->id);
                    Q_EMIT taskFinished(state->id, true, {});
                }, Qt::QueuedConnection);
            } else {
                Result result = work(context);
                QMetaObject::invokeMethod(this, [this, state, done, result = std::move(result)] {
                    done(result);
                    forget(state->id);
                    Q_EMIT taskFinished(state->id, true, {});
                }, Qt::QueuedConnection);
            }
        } catch (const TaskCancelled &) {
            finish(false, {});
        } catch (const StoreError &e) {
            finish(false, e.message());
        } catch (const std::exception &e) {
            finish(false, QString::fromLocal8Bit(e.what()));
        } catch (...) {
            // Nothing may escape a QRunnable: it would terminate the process.
            finish(false, tr("The task \"%1\" failed with an unknown error.").arg(state->title));
        }
    });
    return state->id;
}

} // namespace nocdesk
