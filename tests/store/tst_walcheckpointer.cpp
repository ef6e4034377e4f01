// WalCheckpointer: a writer's commits wake a checkpoint on another thread instead of running
// one themselves; the log stays bounded by the writer's own checkpoint past the hard limit,
// whether the other thread cannot help or is checkpointing too; detaching gives the writer
// SQLite's own back.
#include "WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace nocdesk;

namespace {

constexpr int PageSize = 4096;

// A database in WAL mode in a directory of its own, and the connection that writes it.
struct Writer
{
    Writer()
    {
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return;
        sqlite3_exec(db,
                     "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)",
                     nullptr, nullptr, nullptr);
    }
    ~Writer() { sqlite3_close(db); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.db"));
    const QString walPath = path + QStringLiteral("-wal");
    sqlite3 *db = nullptr;
};

// `commits` transactions of `rows` rows of 4,000 bytes each (about a page a row). Returns the
// largest size the log file reached, looked at after each commit.
qint64 write(sqlite3 *db, const QString &walPath, int commits, int rows)
{
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (payload) VALUES (zeroblob(4000))", -1, &insert, nullptr);
    qint64 largest = 0;
    for (int c = 0; c < commits; ++c) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int r = 0; r < rows; ++r) {
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        largest = qMax(largest, QFileInfo(walPath).size());
    }
    sqlite3_finalize(insert);
    return largest;
}

qint64 rowCount(sqlite3 *db)
{
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &q, nullptr);
    sqlite3_step(q);
    const qint64 n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return n;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitsWakeTheCheckpointThread();
    void hardLimitBoundsTheLog_data();
    void hardLimitBoundsTheLog();
    void detachGivesSqliteItsCheckpointsBack();
};

void TestWalCheckpointer::commitsWakeTheCheckpointThread()
{
    Writer w;
    QVERIFY(w.db);
    WalCheckpointer checkpointer(w.path);
    checkpointer.attach(w.db);
    write(w.db, w.walPath, 60, 50); // 3,000 pages: past WakePages
    QTRY_VERIFY(checkpointer.checkpoints() > 0);
    QCOMPARE(rowCount(w.db), 3000);
}

// The log stays within the hard limit both when the thread cannot help (its connection
// cannot open the file, a path that is not the database's) and when it is checkpointing all
// the time (the writer's checkpoint at the limit then waits for the thread's instead of
// giving up).
void TestWalCheckpointer::hardLimitBoundsTheLog_data()
{
    QTest::addColumn<bool>("threadCanOpen");
    QTest::newRow("without the thread") << false;
    QTest::newRow("while the thread works") << true;
}

void TestWalCheckpointer::hardLimitBoundsTheLog()
{
    QFETCH(bool, threadCanOpen);
    Writer w;
    QVERIFY(w.db);
    constexpr int HardLimit = 1500;
    constexpr int Commits = 200;
    constexpr int RowsPerCommit = 100;
    WalCheckpointer checkpointer(threadCanOpen ? w.path : w.dir.filePath(QStringLiteral("missing/events.db")), HardLimit);
    checkpointer.attach(w.db);
    const qint64 largest = write(w.db, w.walPath, Commits, RowsPerCommit); // 20,000 pages
    // One commit past the limit, and a little for headers and the table's inner pages.
    const qint64 bound = qint64(HardLimit + 2 * RowsPerCommit) * (PageSize + 24);
    QVERIFY2(largest <= bound, qPrintable(QStringLiteral("log reached %1 bytes, bound %2").arg(largest).arg(bound)));
    QCOMPARE(rowCount(w.db), Commits * RowsPerCommit);
    if (threadCanOpen)
        QTRY_VERIFY(checkpointer.checkpoints() > 0);
    else
        QCOMPARE(checkpointer.checkpoints(), 0);
}

void TestWalCheckpointer::detachGivesSqliteItsCheckpointsBack()
{
    Writer w;
    sqlite3 *const db = w.db;
    QVERIFY(db);
    {
        WalCheckpointer checkpointer(w.path);
        checkpointer.attach(db);
        // sqlite3_wal_hook() replaces the hook and returns the argument of the one it replaced.
        QCOMPARE(sqlite3_wal_hook(db, nullptr, nullptr), static_cast<void *>(&checkpointer));
        checkpointer.detach();
        void *const own = sqlite3_wal_hook(db, nullptr, nullptr); // SQLite's, with its threshold
        QVERIFY(own != nullptr && own != static_cast<void *>(&checkpointer));
        sqlite3_wal_autocheckpoint(db, 1000);
    }
    // Destroyed while attached: no hook of it is left to call.
    const void *gone = nullptr;
    {
        WalCheckpointer checkpointer(w.path);
        checkpointer.attach(db);
        gone = &checkpointer;
    }
    void *const after = sqlite3_wal_hook(db, nullptr, nullptr);
    QVERIFY(after != nullptr && after != gone); // SQLite's own
    sqlite3_wal_autocheckpoint(db, 1000);
    write(db, w.walPath, 30, 50); // commits after it went
    QCOMPARE(rowCount(db), 1500);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
