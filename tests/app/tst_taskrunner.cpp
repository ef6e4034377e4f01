// The task runner: results and progress arrive on the owner's thread, each pool thread has its
// own database connection, cancellation and failures are reported, never thrown through.
#include "DomainPrinters.h"
#include "Store.h"
#include "TaskRunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace nocdesk;

class TestTaskRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tasks.sqlite"));
        (void)Store::open(m_path, QStringLiteral("main"));
    }

    void resultsArriveOnOwnerThread()
    {
        TaskRunner runner(m_path);
        QSignalSpy started(&runner, &TaskRunner::taskStarted);
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        QThread *workerThread = nullptr;
        QThread *doneThread = nullptr;
        int result = 0;
        runner.run(QStringLiteral("answer"),
                   [&workerThread](TaskContext &) {
                       workerThread = QThread::currentThread();
                       return 42;
                   },
                   [&](int value) {
                       doneThread = QThread::currentThread();
                       result = value;
                   });
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("answer"));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(result, 42);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(runner.activeCount(), 0);
    }

    void eachWorkerThreadHasItsOwnConnection()
    {
        TaskRunner runner(m_path);
        QSemaphore bothRunning;
        QSemaphore release;
        QStringList names;
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        for (int i = 0; i < 2; ++i) {
            runner.run(QStringLiteral("connect"),
                       [&](TaskContext &context) {
                           Store store = context.store();
                           store.addSite({0, QStringLiteral("S%1").arg(quintptr(QThread::currentThreadId())), {}, {}});
                           bothRunning.release();
                           release.acquire(); // both tasks hold their thread at once
                           return store.connectionName();
                       },
                       [&](const QString &name) { names << name; });
        }
        QVERIFY(bothRunning.tryAcquire(2, 10000));
        release.release(2);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(names.size(), 2);
        QVERIFY(names.at(0) != names.at(1));
        QVERIFY(names.at(0).startsWith(QLatin1String("nocdesk-worker-")));
        QCOMPARE(Store::open(m_path, QStringLiteral("check")).sites().size(), 2);
    }

    void progressIsReported()
    {
        TaskRunner runner(m_path);
        QSignalSpy progress(&runner, &TaskRunner::taskProgress);
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        runner.run(QStringLiteral("count"),
                   [](TaskContext &context) {
                       for (int i = 1; i <= 5; ++i)
                           context.setProgress(i, 5, QStringLiteral("step"));
                   },
                   [] {});
        QTRY_COMPARE(finished.size(), 1);
        // Coalesced, but the first and the final step always arrive.
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 5);
        QCOMPARE(progress.constLast().at(2).toLongLong(), 5);
    }

    void cancellationStopsTheTask()
    {
        TaskRunner runner(m_path);
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        QSemaphore running;
        bool doneCalled = false;
        const TaskId id = runner.run(QStringLiteral("endless"),
                                     [&running](TaskContext &context) {
                                         running.release();
                                         for (;;) {
                                             context.checkCancelled();
                                             QThread::msleep(5);
                                         }
                                     },
                                     [&doneCalled] { doneCalled = true; });
        QVERIFY(running.tryAcquire(1, 10000));
        runner.cancel(id);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toString(), QString()); // cancelled, not failed
        QVERIFY(!doneCalled);
    }

    void failuresBecomeMessages()
    {
        TaskRunner runner(m_path);
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        QStringList failures;
        runner.run(QStringLiteral("bad sql"),
                   [](TaskContext &context) {
                       // An unknown provider makes the store throw inside the task.
                       Maintenance m;
                       m.providerName = QStringLiteral("nobody");
                       return context.store().createMaintenance(m, QStringLiteral("t"));
                   },
                   [](qint64) { QFAIL("done must not run for a failed task"); },
                   [&failures](const QString &message) { failures << message; });
        runner.run(QStringLiteral("throws"), [](TaskContext &) -> int { throw std::runtime_error("boom"); }, [](int) {},
                   [&failures](const QString &message) { failures << message; });
        QTRY_COMPARE(finished.size(), 2);
        // Both tasks ran at once; their failures may come back in either order.
        failures.sort();
        QCOMPARE(failures.size(), 2);
        QVERIFY2(failures.at(0).contains(QLatin1String("nobody")), qPrintable(failures.at(0)));
        QCOMPARE(failures.at(1), QStringLiteral("boom"));
    }

    void destructionWaitsForRunningWork()
    {
        // Running work is asked to stop, and the destructor waits for it to return.
        std::atomic<bool> finishedWork{false};
        std::atomic<bool> sawCancel{false};
        QSemaphore started;
        {
            TaskRunner runner(m_path);
            runner.run(QStringLiteral("slow"),
                       [&](TaskContext &context) {
                           started.release();
                           for (int i = 0; i < 2000 && !context.isCancelled(); ++i)
                               QThread::msleep(5);
                           sawCancel = context.isCancelled();
                           finishedWork = true;
                       },
                       [] {});
            QVERIFY(started.tryAcquire(1, 10000));
        }
        QVERIFY(finishedWork);
        QVERIFY(sawCancel);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
