#include "TaskRunner.h"

#include <QMutexLocker>

namespace nocdesk {

TaskContext::TaskContext(TaskRunner *runner, std::shared_ptr<detail::TaskState> state, QString databasePath)
    : m_runner(runner), m_state(std::move(state)), m_databasePath(std::move(databasePath))
{
}

Store TaskContext::store() const { return Store::forCurrentThread(m_databasePath); }

void TaskContext::checkCancelled() const
{
    if (isCancelled())
        throw TaskCancelled{};
}

void TaskContext::setProgress(qint64 done, qint64 total, const QString &text)
{
    const bool last = total > 0 && done >= total;
    if (!last && m_state->sinceProgress.isValid() && m_state->sinceProgress.elapsed() < 100)
        return;
    m_state->sinceProgress.start();
    const TaskId id = m_state->id;
    TaskRunner *runner = m_runner;
    QMetaObject::invokeMethod(runner, [runner, id, done, total, text] {
        Q_EMIT runner->taskProgress(id, done, total, text);
    }, Qt::QueuedConnection);
}

TaskRunner::TaskRunner(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    // Fetching and parsing are I/O- and CPU-bound in turn; one thread per core keeps the GUI
    // responsive on a two-core workstation while still overlapping waits.
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("nocdesk-pool"));
}

TaskRunner::~TaskRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

std::shared_ptr<detail::TaskState> TaskRunner::registerTask(const QString &title)
{
    auto state = std::make_shared<detail::TaskState>();
    state->title = title;
    QMutexLocker lock(&m_mutex);
    state->id = m_nextId++;
    m_tasks.insert(state->id, state);
    return state;
}

void TaskRunner::forget(TaskId id)
{
    QMutexLocker lock(&m_mutex);
    m_tasks.remove(id);
}

void TaskRunner::cancel(TaskId id)
{
    QMutexLocker lock(&m_mutex);
    if (auto state = m_tasks.value(id))
        state->cancelled.storeRelaxed(true);
}

void TaskRunner::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &state : std::as_const(m_tasks))
        state->cancelled.storeRelaxed(true);
}

bool TaskRunner::waitForDone(int msecs) { return m_pool.waitForDone(msecs); }

int TaskRunner::activeCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_tasks.size());
}

} // namespace nocdesk
