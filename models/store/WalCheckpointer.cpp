#include "WalCheckpointer.h"

#include <QLoggingCategory>
#include <QThread>

#include <sqlite3.h>

namespace nocdesk {

namespace {
Q_LOGGING_CATEGORY(lcCheckpoint, "nocdesk.store.checkpoint")
}

WalCheckpointer::WalCheckpointer(QString databasePath, int hardLimitPages)
    : m_path(std::move(databasePath)), m_hardLimitPages(hardLimitPages)
{
}

WalCheckpointer::~WalCheckpointer()
{
    detach();
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeOne();
    }
    m_thread->wait();
}

void WalCheckpointer::attach(sqlite3 *writer)
{
    if (writer == m_writer)
        return;
    detach();
    if (!writer)
        return;
    m_writer = writer;
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        // Named after the writer (the kernel keeps 15 bytes: "nocdesk-intake-"), so that
        // what it costs is counted with the writer's CPU time.
        m_thread->setObjectName(QStringLiteral("nocdesk-intake-checkpoint"));
        m_thread->start(QThread::LowPriority);
    }
}

void WalCheckpointer::detach()
{
    if (!m_writer)
        return;
    // Installs SQLite's own hook again, with its default threshold.
    sqlite3_wal_autocheckpoint(m_writer, WakePages);
    m_writer = nullptr;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_hardLimitPages) {
        QMutexLocker lock(&checkpointer->m_checkpointing);
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    else if (pages >= WakePages)
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    QMutexLocker lock(&m_mutex);
    m_requested = true;
    m_wake.wakeOne();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    bool openFailed = false;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_requested && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            m_requested = false;
        }
        if (!db) {
            // Its own connection: a checkpoint needs no lock the writer holds. A new
            // connection knows the file is in WAL mode only once it has read it; before that a
            // checkpoint succeeds doing nothing. So read, and give up on the connection if
            // that fails.
            const bool opened =
                sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
                && sqlite3_busy_timeout(db, 1000) == SQLITE_OK
                && sqlite3_exec(db, "PRAGMA synchronous=NORMAL; PRAGMA schema_version", nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!opened) {
                if (!openFailed) // once: it is asked again after every commit
                    qCWarning(lcCheckpoint) << "cannot open" << m_path << "to checkpoint:" << sqlite3_errmsg(db);
                openFailed = true;
                sqlite3_close(db);
                db = nullptr;
                continue; // the writer's hard limit still bounds the log
            }
        }
        int logPages = -1;
        int rc = SQLITE_OK;
        {
            QMutexLocker lock(&m_checkpointing);
            rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, nullptr);
        }
        if (rc == SQLITE_BUSY) // a reader or writer held it; the next commit asks again
            continue;
        if (rc != SQLITE_OK) {
            qCWarning(lcCheckpoint) << "checkpoint of" << m_path << "failed:" << sqlite3_errstr(rc);
            continue;
        }
        if (logPages < 0) { // not in WAL mode as this connection sees it: open again next time
            sqlite3_close(db);
            db = nullptr;
            continue;
        }
        ++m_checkpoints;
    }
    sqlite3_close(db);
}

} // namespace nocdesk
