#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QMutex>
#include <QThread>

#include <chrono>
#include <functional>
#include <future>
#include <memory>

namespace nocdesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::KeychainSecretStore)
};

// QtKeychain runs every job through one process-wide executor that is not thread-safe and
// belongs to the thread that used it first: a job that finishes on another thread reports back
// through a queued call, which never arrives when that first thread was a pool thread now
// idle, and every later job waits forever. So all jobs run on this one thread with its own
// event loop (which also drives libsecret's callbacks), whichever thread asks.
class KeychainThread
{
public:
    // The object that jobs are started through; lives in the keychain thread.
    static QObject *anchor()
    {
        QMutexLocker lock(&s_mutex);
        if (!s_thread) {
            s_thread = new QThread;
            s_thread->setObjectName(QStringLiteral("nocdesk-keychain"));
            s_anchor = new QObject;
            s_anchor->moveToThread(s_thread);
            s_thread->start();
            // Stopped while the application object still exists: a running QThread must not
            // be destroyed at exit, and no job may outlive Qt.
            qAddPostRoutine(&KeychainThread::stop);
        }
        return s_anchor;
    }

private:
    static void stop()
    {
        QMutexLocker lock(&s_mutex);
        if (!s_thread)
            return;
        s_thread->quit();
        s_thread->wait();
        delete s_anchor; // its thread has finished: deleting it here is safe
        delete s_thread;
        s_anchor = nullptr;
        s_thread = nullptr;
    }

    static inline QMutex s_mutex;
    static inline QThread *s_thread = nullptr;
    static inline QObject *s_anchor = nullptr;
};

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // a read job's secret
};

// Creates the job on the keychain thread, starts it there and waits for its end.
JobOutcome runJob(const std::function<QKeychain::Job *()> &makeJob, int timeoutSeconds, const QString &what)
{
    if (!QCoreApplication::instance())
        throw SecretStoreError(Text::tr("%1: the keyring can only be used once the application has started.").arg(what));

    auto promise = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> future = promise->get_future();
    QMetaObject::invokeMethod(KeychainThread::anchor(), [makeJob, promise] {
        QKeychain::Job *job = makeJob(); // auto-deletes after finished()
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
            JobOutcome outcome{done->error(), done->errorString(), {}};
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                outcome.text = read->textData();
            promise->set_value(outcome);
        });
        job->start();
    }, Qt::QueuedConnection);

    if (future.wait_for(std::chrono::seconds(timeoutSeconds)) != std::future_status::ready) {
        throw SecretStoreError(Text::tr("%1: the keyring did not answer within %n second(s). "
                                        "It may be waiting for an unlock prompt; unlock it and try again.",
                                        nullptr, timeoutSeconds)
                                   .arg(what));
    }
    return future.get();
}

// Why the keyring cannot serve, asked of the bus itself: QtKeychain reports a missing bus or
// daemon as a generic error, and a locked keyring on lookup as "entry not found" (libsecret
// cannot show the unlock prompt), which must not pass for "no password stored".
enum class KeyringState { Usable, NoSessionBus, NoSecretService, Locked };

KeyringState keyringState()
{
    static const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return KeyringState::NoSessionBus;
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface->isServiceRegistered(service).value()
        && !busInterface->activatableServiceNames().value().contains(service))
        return KeyringState::NoSecretService;
    QDBusMessage get = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> locked = bus.call(get);
    if (locked.isValid() && locked.value().variant().toBool())
        return KeyringState::Locked;
    return KeyringState::Usable;
}

QString lockedText()
{
    return Text::tr("the keyring is locked. Unlock it (for example by logging in to the desktop "
                    "session) and try again.");
}

// What an operator reads when the keyring fails: what was attempted, why, and what to do.
[[noreturn]] void fail(const QString &what, const JobOutcome &outcome)
{
    QString why;
    switch (keyringState()) {
    case KeyringState::NoSessionBus:
        why = Text::tr("no keyring is reachable: there is no D-Bus session. NocDesk keeps passwords in the "
                       "desktop keyring (Secret Service: GNOME Keyring or KWallet); run it in a desktop "
                       "session or start one.");
        break;
    case KeyringState::NoSecretService:
        why = Text::tr("no keyring is running. NocDesk keeps passwords in the desktop keyring (Secret "
                       "Service: GNOME Keyring or KWallet); start one in this session and try again.");
        break;
    case KeyringState::Locked:
        why = lockedText();
        break;
    case KeyringState::Usable:
        switch (outcome.error) {
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            why = Text::tr("no keyring is available. NocDesk keeps passwords in the desktop keyring "
                           "(Secret Service: GNOME Keyring or KWallet); start one in this session and try again.");
            break;
        case QKeychain::AccessDeniedByUser:
            why = Text::tr("access to the keyring was denied at its prompt. Allow NocDesk and try again.");
            break;
        case QKeychain::AccessDenied:
            why = Text::tr("the keyring refused access; it may be locked. Unlock it and try again.");
            break;
        case QKeychain::CouldNotDeleteEntry:
            why = Text::tr("the keyring could not delete the entry.");
            break;
        default:
            why = Text::tr("the keyring reported an error.");
            break;
        }
        break;
    }
    if (!outcome.errorString.isEmpty())
        why += QLatin1Char(' ') + Text::tr("(Keyring: %1)").arg(outcome.errorString);
    throw SecretStoreError(what + QStringLiteral(": ") + why);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutSeconds)
    : m_service(std::move(service)), m_timeoutSeconds(timeoutSeconds)
{
}

std::optional<QString> KeychainSecretStore::read(const QString &key)
{
    const QString what = Text::tr("Reading \"%1\" from the keyring").arg(key);
    const QString service = m_service;
    const JobOutcome outcome = runJob([service, key]() -> QKeychain::Job * {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    }, m_timeoutSeconds, what);
    if (outcome.error == QKeychain::EntryNotFound) {
        if (keyringState() == KeyringState::Locked)
            throw SecretStoreError(what + QStringLiteral(": ") + lockedText());
        return std::nullopt;
    }
    if (outcome.error != QKeychain::NoError)
        fail(what, outcome);
    return outcome.text;
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    const QString what = Text::tr("Storing \"%1\" in the keyring").arg(key);
    const QString service = m_service;
    const JobOutcome outcome = runJob([service, key, secret]() -> QKeychain::Job * {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setTextData(secret);
        return job;
    }, m_timeoutSeconds, what);
    if (outcome.error != QKeychain::NoError)
        fail(what, outcome);
}

void KeychainSecretStore::remove(const QString &key)
{
    const QString what = Text::tr("Removing \"%1\" from the keyring").arg(key);
    const QString service = m_service;
    const JobOutcome outcome = runJob([service, key]() -> QKeychain::Job * {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    }, m_timeoutSeconds, what);
    // Removing what is not there is not an error (SecretStore's contract).
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        fail(what, outcome);
}

} // namespace nocdesk
