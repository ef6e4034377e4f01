#include "MailController.h"

#include "ConsoleController.h"
#include "MailImport.h"
#include "MailPipeline.h"
#include "MaintenanceTableModel.h"
#include "OverlapController.h"
#include "NotificationTableModel.h"
#include "SecretStore.h"

#include <QDesktopServices>
#include <QFile>

namespace nocdesk {

namespace {

// What a mail task touched, so the panes update only those rows.
struct Touched
{
    QList<Notification> notifications;
    QList<Maintenance> maintenances;
};

Touched touched(const Store &store, QList<qint64> notificationIds, QList<qint64> maintenanceIds)
{
    Touched t;
    std::sort(notificationIds.begin(), notificationIds.end());
    notificationIds.erase(std::unique(notificationIds.begin(), notificationIds.end()), notificationIds.end());
    std::sort(maintenanceIds.begin(), maintenanceIds.end());
    maintenanceIds.erase(std::unique(maintenanceIds.begin(), maintenanceIds.end()), maintenanceIds.end());
    if (!notificationIds.isEmpty())
        t.notifications = store.notifications(notificationIds);
    if (!maintenanceIds.isEmpty())
        t.maintenances = store.maintenances(maintenanceIds);
    return t;
}

} // namespace

MailController::MailController(ConsoleController *console, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_console(console), m_secrets(std::move(secrets))
{
    qRegisterMetaType<SourceCheck>();
    qRegisterMetaType<FetchReport>();
    m_schedule.setInterval(60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, &MailController::fetchDue);
    // New mail may move, add or cancel maintenances: what overlaps is found again after each
    // fetch and import (runs asked for meanwhile fold into one).
    connect(this, &MailController::sourceFetched, console->overlaps(), [console](const QString &, const FetchReport &report) {
        if (report.ok)
            console->overlaps()->runJob();
    });
    connect(this, &MailController::importFinished, console->overlaps(), &OverlapController::runJob);
}

void MailController::reloadSources()
{
    m_console->runner()->run(
        tr("Loading notification sources"),
        [](TaskContext &context) { return context.store().notificationSources(); },
        [this](const QList<NotificationSourceRow> &rows) {
            m_sources.clear();
            for (const NotificationSourceRow &row : rows) {
                QString error;
                SourceConfig c = SourceConfig::fromStored(row, &error);
                if (!error.isEmpty())
                    continue;
                m_sources << c;
                m_lastErrors.insert(row.name, row.lastError);
                m_lastFetch.insert(row.name, row.lastFetchAt);
            }
            Q_EMIT sourcesChanged();
        });
}

void MailController::saveSource(const SourceConfig &source, const std::optional<QString> &password)
{
    auto secrets = m_secrets;
    m_console->runner()->run(
        tr("Saving source %1").arg(source.name),
        [source, password, secrets](TaskContext &context) {
            Store store = context.store();
            source.save(store);
            if (password)
                secrets->write(sourceSecretKey(source.name), *password);
        },
        [this] { reloadSources(); },
        [this, name = source.name](const QString &message) {
            Q_EMIT sourceChecked(name, {false, QStringLiteral("save"), tr("Saving failed: %1").arg(message), {}});
            reloadSources();
        });
}

void MailController::removeSource(const QString &name)
{
    auto secrets = m_secrets;
    m_console->runner()->run(
        tr("Removing source %1").arg(name),
        [name, secrets](TaskContext &context) {
            context.store().removeNotificationSource(name);
            secrets->remove(sourceSecretKey(name));
        },
        [this] { reloadSources(); },
        [this, name](const QString &message) { Q_EMIT errorOccurred(tr("Removing %1 failed: %2").arg(name, message)); });
}

void MailController::validateSource(const SourceConfig &source, const std::optional<QString> &password)
{
    auto secrets = m_secrets;
    const QString actor = m_console->operatorName();
    m_console->runner()->run(
        tr("Validating %1").arg(source.name),
        [source, password, secrets, actor](TaskContext &context) {
            SourceFetcher fetcher(context.store(), *secrets, actor);
            fetcher.setPasswordOverride(password);
            return fetcher.validate(source, [&context] { return context.isCancelled(); });
        },
        [this, name = source.name](const SourceCheck &check) { Q_EMIT sourceChecked(name, check); },
        [this, name = source.name](const QString &message) {
            Q_EMIT sourceChecked(name, {false, QStringLiteral("error"), message, {}});
        });
}

void MailController::signIn(const SourceConfig &source)
{
    auto secrets = m_secrets;
    const QString actor = m_console->operatorName();
    m_console->runner()->run(
        tr("Signing in to %1").arg(source.account),
        [this, source, secrets, actor](TaskContext &context) {
            SourceFetcher fetcher(context.store(), *secrets, actor);
            return fetcher.signIn(source, [this](const QUrl &url) {
                // The browser is opened from the GUI thread; the task waits for the redirect.
                QMetaObject::invokeMethod(this, [url] { QDesktopServices::openUrl(url); }, Qt::QueuedConnection);
            }, [&context] { return context.isCancelled(); });
        },
        [this, name = source.name](const SourceCheck &check) { Q_EMIT sourceChecked(name, check); },
        [this, name = source.name](const QString &message) {
            Q_EMIT sourceChecked(name, {false, QStringLiteral("error"), message, {}});
        });
}

void MailController::fetchSource(const QString &name)
{
    const auto it = std::find_if(m_sources.cbegin(), m_sources.cend(), [&](const SourceConfig &c) { return c.name == name; });
    if (it == m_sources.cend() || m_fetching.contains(name))
        return;
    const SourceConfig source = *it;
    auto secrets = m_secrets;
    const QString actor = m_console->operatorName();
    struct Result { FetchReport report; Touched touched; };
    const TaskId id = m_console->runner()->run(
        tr("Fetching %1").arg(name),
        [source, secrets, actor](TaskContext &context) {
            Store store = context.store();
            SourceFetcher fetcher(store, *secrets, actor);
            Result r;
            r.report = fetcher.fetch(source, [&context](qint64 done, qint64 total) {
                context.setProgress(done, total, tr("message %1 of %2").arg(done).arg(total));
            }, [&context] { return context.isCancelled(); });
            r.touched = touched(store, r.report.notificationIds, r.report.maintenanceIds);
            return r;
        },
        [this, name](const Result &r) {
            m_fetching.remove(name);
            m_lastErrors.insert(name, r.report.ok ? QString() : r.report.message);
            m_lastFetch.insert(name, QDateTime::currentDateTimeUtc());
            m_console->notifications()->upsert(r.touched.notifications);
            m_console->maintenances()->upsert(r.touched.maintenances);
            Q_EMIT sourceFetched(name, r.report);
        },
        [this, name](const QString &message) {
            m_fetching.remove(name);
            FetchReport report;
            report.ok = false;
            report.failure = QStringLiteral("error");
            report.message = message;
            Q_EMIT sourceFetched(name, report);
        },
        [this, name] { m_fetching.remove(name); });
    m_fetching.insert(name, id);
}

void MailController::fetchAll()
{
    for (const SourceConfig &s : std::as_const(m_sources)) {
        if (s.enabled && s.kind != SourceConfig::Kind::File)
            fetchSource(s.name);
    }
}

void MailController::setScheduleEnabled(bool enabled)
{
    if (enabled)
        m_schedule.start();
    else
        m_schedule.stop();
}

void MailController::fetchDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SourceConfig &s : std::as_const(m_sources)) {
        if (!s.enabled || s.kind == SourceConfig::Kind::File || s.scheduleMinutes <= 0)
            continue;
        const QDateTime last = m_lastFetch.value(s.name);
        if (!last.isValid() || last.addSecs(qint64(s.scheduleMinutes) * 60) <= now)
            fetchSource(s.name);
    }
}

void MailController::importPaths(const QStringList &paths)
{
    const QString actor = m_console->operatorName();
    struct Result { Touched touched; int stored = 0; int duplicates = 0; QStringList errors; };
    m_console->runner()->run(
        tr("Importing mail"),
        [paths, actor](TaskContext &context) {
            Store store = context.store();
            const MailImport::Collected collected = MailImport::collect(paths);
            Result r;
            r.errors = collected.errors;
            MailPipeline pipeline(store, actor);
            QList<qint64> notificationIds;
            QList<qint64> maintenanceIds;
            qint64 done = 0;
            for (const QString &path : collected.files) {
                context.checkCancelled();
                ++done;
                context.setProgress(done - 1, collected.files.size(), tr("file %1 of %2").arg(done).arg(collected.files.size()));
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    r.errors << tr("%1: %2").arg(path, file.errorString());
                    continue;
                }
                const MailResult result = pipeline.ingest(file.readAll(), MailRouting{});
                if (result.duplicate) {
                    ++r.duplicates;
                    continue;
                }
                ++r.stored;
                notificationIds << result.notificationId;
                maintenanceIds << result.maintenanceIds;
            }
            r.touched = touched(store, notificationIds, maintenanceIds);
            return r;
        },
        [this](const Result &r) {
            m_console->notifications()->upsert(r.touched.notifications);
            m_console->maintenances()->upsert(r.touched.maintenances);
            Q_EMIT importFinished(r.stored, r.duplicates, r.errors);
        },
        [this](const QString &message) { Q_EMIT importFinished(0, 0, {message}); });
}

void MailController::reparse(const QList<qint64> &notificationIds, const QString &provider, bool rememberSender)
{
    const QString actor = m_console->operatorName();
    m_console->runner()->run(
        tr("Parsing %n notification(s) again", nullptr, int(notificationIds.size())),
        [notificationIds, provider, rememberSender, actor](TaskContext &context) {
            Store store = context.store();
            MailPipeline pipeline(store, actor);
            QList<qint64> maintenanceIds;
            qint64 done = 0;
            for (qint64 id : notificationIds) {
                context.checkCancelled();
                context.setProgress(done++, notificationIds.size());
                maintenanceIds << pipeline.reparse(id, provider, rememberSender).maintenanceIds;
            }
            return touched(store, notificationIds, maintenanceIds);
        },
        [this](const Touched &t) {
            m_console->notifications()->upsert(t.notifications);
            m_console->maintenances()->upsert(t.maintenances);
        },
        [this](const QString &message) { Q_EMIT errorOccurred(tr("Parsing again failed: %1").arg(message)); });
}

} // namespace nocdesk
