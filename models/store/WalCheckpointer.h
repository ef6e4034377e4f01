#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QThread;
struct sqlite3;

namespace nocdesk {

// Copies the write-ahead log back into the database file on a thread of its own, for a
// connection that writes a lot (the syslog intake's writer).
//
// SQLite does this itself after a commit once the log holds 1,000 pages: in the committing
// thread, which then stops to copy pages and wait for fsync. During a storm that is a quarter
// of the writer's time (bench_syslog_ingest, loggen over TCP: 233-242k lines/s without those
// checkpoints against 180-182k with them). Here the commit only wakes this thread, which runs
// a PASSIVE checkpoint on its own connection: it never blocks the writer or a reader.
//
// While the writer keeps committing, a passive checkpoint cannot finish the whole log, and the
// log only starts again from its beginning once it was finished. So past a hard limit the
// writer checkpoints itself as SQLite would, by then with most pages copied already: the log
// stays bounded even if this thread falls behind.
class WalCheckpointer
{
public:
    static constexpr int WakePages = 1000;              // SQLite's own auto-checkpoint threshold
    static constexpr int DefaultHardLimitPages = 16384; // 64 MiB of 4 KiB pages

    explicit WalCheckpointer(QString databasePath, int hardLimitPages = DefaultHardLimitPages);
    ~WalCheckpointer(); // detaches, stops the thread and waits for it
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Takes the checkpoints over from writer's own auto-checkpoint; call on the thread that
    // uses writer. Another connection detaches the one before.
    void attach(sqlite3 *writer);
    // Gives writer its auto-checkpoint back; on the thread that uses it, while it is open.
    void detach();

    // Checkpoints run so far on this thread (for tests).
    [[nodiscard]] int checkpoints() const { return m_checkpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void request();
    void run();

    const QString m_path;
    const int m_hardLimitPages;
    sqlite3 *m_writer = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    // Held for each checkpoint, the thread's and the writer's: only one runs at a time, and a
    // passive one finding another running would give up. So past the hard limit the writer
    // waits out the thread's pass, then finishes the log itself.
    QMutex m_checkpointing;
    bool m_requested = false;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_checkpoints{0};
};

} // namespace nocdesk
