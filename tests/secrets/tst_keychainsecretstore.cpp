// KeychainSecretStore against the real Secret Service: GNOME Keyring in a private D-Bus session
// (tests/secrets/with_private_keyring.sh starts it, unlocked or locked, and says which in
// NOCDESK_PRIVATE_KEYRING). Without it, on the disabled bus every test gets, only the
// "no keyring" case applies. Each test runs in the mode it needs and skips in the others.
#include "KeychainSecretStore.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <functional>

using nocdesk::KeychainSecretStore;
using nocdesk::SecretStoreError;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    // "unlocked", "locked", or empty: no keyring (the bus every test gets is disabled).
    static QString keyring() { return qEnvironmentVariable("NOCDESK_PRIVATE_KEYRING"); }

private slots:
    void init()
    {
        static const QHash<QString, QString> needs{
            {QStringLiteral("withoutKeyringTheErrorSaysSo"), QString()},
            {QStringLiteral("lockedKeyringTheErrorSaysSo"), QStringLiteral("locked")},
        };
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        const QString wanted = needs.value(function, QStringLiteral("unlocked"));
        if (keyring() != wanted) {
            QSKIP(qPrintable(QStringLiteral("needs keyring mode \"%1\"; ctest runs each mode through "
                                            "tests/secrets/with_private_keyring.sh").arg(wanted)));
        }
    }

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store;
        const QString key = nocdesk::sourceSecretKey(QStringLiteral("provider-imap"));
        store.write(key, QStringLiteral("first pässword"));
        QCOMPARE(store.read(key), std::optional<QString>(QStringLiteral("first pässword")));

        store.write(key, QStringLiteral("second"));
        QCOMPARE(store.read(key), std::optional<QString>(QStringLiteral("second")));

        store.remove(key);
        QCOMPARE(store.read(key), std::nullopt);
    }

    void missingKeyIsNullopt()
    {
        KeychainSecretStore store;
        QCOMPARE(store.read(QStringLiteral("source/never-stored/password")), std::nullopt);
    }

    void removingAMissingKeyIsNoError()
    {
        KeychainSecretStore store;
        store.remove(QStringLiteral("source/never-stored/password"));
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore nocdesk;
        KeychainSecretStore other(QStringLiteral("nocdesk-other"));
        nocdesk.write(QStringLiteral("shared-key"), QStringLiteral("ours"));
        QCOMPARE(other.read(QStringLiteral("shared-key")), std::nullopt);
        nocdesk.remove(QStringLiteral("shared-key"));
    }

    // Pool threads come and go; QtKeychain's executor must not be tied to one of them. Each
    // task writes, reads back and removes its own key, several at once, then again from fresh
    // threads.
    void fromPoolThreads()
    {
        KeychainSecretStore store;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        pool.setExpiryTimeout(0); // idle threads end at once: the second round gets new ones
        QMutex mutex;
        QStringList problems;
        int ran = 0;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 8; ++i) {
                pool.start([&, round, i] {
                    QString problem;
                    const QString key = QStringLiteral("source/pool-%1-%2/password").arg(round).arg(i);
                    const QString secret = QStringLiteral("secret %1/%2").arg(round).arg(i);
                    try {
                        store.write(key, secret);
                        const std::optional<QString> back = store.read(key);
                        store.remove(key);
                        if (back != secret)
                            problem = QStringLiteral("%1 read back as %2").arg(key, back.value_or(QStringLiteral("<none>")));
                        else if (store.read(key))
                            problem = QStringLiteral("%1 still there after remove").arg(key);
                    } catch (const SecretStoreError &e) {
                        problem = e.message();
                    }
                    QMutexLocker lock(&mutex);
                    ++ran;
                    if (QThread::currentThread() == qApp->thread())
                        problems << QStringLiteral("ran on the main thread");
                    if (!problem.isEmpty())
                        problems << problem;
                });
            }
            pool.waitForDone();
        }
        QCOMPARE(problems, QStringList());
        QCOMPARE(ran, 16);
    }

    // No Secret Service on the bus (DBUS_SESSION_BUS_ADDRESS=disabled:): a clear error, no hang.
    void withoutKeyringTheErrorSaysSo()
    {
        KeychainSecretStore store(QStringLiteral("nocdesk"), 20);
        try {
            store.write(QStringLiteral("source/x/password"), QStringLiteral("pw"));
            QFAIL("writing without a keyring succeeded");
        } catch (const SecretStoreError &e) {
            qInfo().noquote() << "operator sees:" << e.message();
            QVERIFY2(e.message().contains(QLatin1String("keyring")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("source/x/password")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(SecretStoreError, store.read(QStringLiteral("source/x/password")));
    }

    // A locked keyring whose prompt cannot be shown: reads must not pass for "not stored".
    void lockedKeyringTheErrorSaysSo()
    {
        KeychainSecretStore store(QStringLiteral("nocdesk"), 20);
        for (const auto &attempt : {std::function<void()>([&] { store.write(QStringLiteral("source/x/password"), QStringLiteral("pw")); }),
                                    std::function<void()>([&] { (void)store.read(QStringLiteral("source/x/password")); })}) {
            try {
                attempt();
                QFAIL("the locked keyring was used");
            } catch (const SecretStoreError &e) {
                qInfo().noquote() << "operator sees:" << e.message();
                QVERIFY2(e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
