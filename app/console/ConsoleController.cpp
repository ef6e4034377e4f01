#include "ConsoleController.h"

#include "DemoSeeder.h"
#include "IntakeService.h"
#include "SyslogLineParser.h"
#include "items/AlarmTableModel.h"
#include "items/EventTableModel.h"
#include "items/MaintenanceTableModel.h"
#include "items/NotificationTableModel.h"

#include <algorithm>

namespace nocdesk {

namespace {
struct Snapshot
{
    QList<Notification> notifications;
    QList<Maintenance> maintenances;
    QList<Event> events;
    QList<Alarm> alarms;
};
} // namespace

ConsoleController::ConsoleController(const QString &databasePath, const QString &operatorName, QObject *parent)
    : QObject(parent),
      m_runner(new TaskRunner(databasePath, this)),
      m_notifications(new NotificationTableModel(this)),
      m_maintenances(new MaintenanceTableModel(this)),
      m_events(new EventTableModel(this)),
      m_alarms(new AlarmTableModel(this)),
      m_operator(operatorName)
{
    connect(m_maintenances, &MaintenanceTableModel::acknowledgeRequested, this, &ConsoleController::acknowledge);
}

ConsoleController::~ConsoleController()
{
    stopIntake();
    // Tasks call back into the models; stop them while the models still exist.
    delete m_runner;
    m_runner = nullptr;
}

QString ConsoleController::startIntake(const SyslogIntakeConfig &config)
{
    stopIntake();
    m_intake = new IntakeService(m_runner->databasePath(), config, &parseSyslogLine, this);
    connect(m_intake, &IntakeService::committed, this, &ConsoleController::eventsCommitted);
    connect(m_intake, &IntakeService::countsChanged, this, &ConsoleController::refreshCounts);
    connect(m_intake, &IntakeService::storeError, this, [this](const QString &message) {
        reportError(tr("Storing syslog failed, retrying: %1").arg(message));
    });
    const QString error = m_intake->start();
    if (!error.isEmpty()) {
        delete m_intake;
        m_intake = nullptr;
    }
    return error;
}

void ConsoleController::stopIntake()
{
    if (!m_intake)
        return;
    m_intake->stop();
    delete m_intake;
    m_intake = nullptr;
}

// Repeats of a line the pane shows: read those rows again so their count is current.
void ConsoleController::refreshCounts(const QList<qint64> &eventIds)
{
    QList<qint64> shown;
    for (qint64 id : eventIds) {
        if (m_events->rowOfId(id) >= 0)
            shown << id;
    }
    if (shown.isEmpty() || m_tailPaused)
        return;
    m_runner->run(
        tr("Receiving events"), [shown](TaskContext &context) { return context.store().events(shown); },
        [this](const QList<Event> &events) {
            QList<Event> present; // rows trimmed meanwhile stay out
            for (const Event &e : events) {
                if (m_events->rowOfId(e.id) >= 0)
                    present << e;
            }
            m_events->upsert(present);
        },
        [this](const QString &message) { reportError(tr("Reading new events failed: %1").arg(message)); });
}

void ConsoleController::setLiveTailPaused(bool paused)
{
    m_tailPaused = paused;
    if (!paused)
        fetchNewEvents();
}

void ConsoleController::eventsCommitted(qint64, qint64 lastId)
{
    m_committedEventId = qMax(m_committedEventId, lastId);
    fetchNewEvents();
}

// One fetch at a time; commits that arrive meanwhile are picked up by the next one, so a burst
// of batches becomes a few model inserts rather than one per batch.
void ConsoleController::fetchNewEvents()
{
    if (m_tailPaused || m_fetchingEvents || m_committedEventId <= m_shownEventId)
        return;
    m_fetchingEvents = true;
    const qint64 first = m_shownEventId + 1;
    const qint64 last = m_committedEventId;
    m_runner->run(
        tr("Receiving events"),
        [first, last](TaskContext &context) {
            // After a long pause only the newest rows matter: the pane holds no more anyway.
            const qint64 from = qMax(first, last - kRecentEvents + 1);
            return context.store().eventsInRange(from, last, kRecentEvents);
        },
        [this, last](const QList<Event> &events) {
            m_fetchingEvents = false;
            m_events->appendNewest(events, kRecentEvents);
            m_shownEventId = qMax(m_shownEventId, last);
            fetchNewEvents();
        },
        [this](const QString &message) {
            m_fetchingEvents = false;
            reportError(tr("Reading new events failed: %1").arg(message));
        },
        [this] {
            // Cancelled by the operator: the next commit starts a new fetch.
            m_fetchingEvents = false;
        });
}

void ConsoleController::reportError(const QString &message) { Q_EMIT errorOccurred(message); }

void ConsoleController::refreshAll()
{
    m_runner->run(
        tr("Loading the store"),
        [](TaskContext &context) {
            const Store store = context.store();
            Snapshot s;
            context.setProgress(0, 4, tr("Notifications"));
            s.notifications = store.notifications();
            context.checkCancelled();
            context.setProgress(1, 4, tr("Maintenances"));
            s.maintenances = store.maintenances();
            context.checkCancelled();
            context.setProgress(2, 4, tr("Events"));
            s.events = store.recentEvents(kRecentEvents);
            std::reverse(s.events.begin(), s.events.end()); // the pane holds them oldest first
            context.checkCancelled();
            context.setProgress(3, 4, tr("Alarms"));
            s.alarms = store.alarms();
            context.setProgress(4, 4);
            return s;
        },
        [this](const Snapshot &s) {
            m_notifications->replaceAll(s.notifications);
            m_maintenances->replaceAll(s.maintenances);
            m_events->replaceAll(s.events);
            // The pane now holds exactly the snapshot: the live tail goes on from its newest row
            // (rows the tail had added meanwhile were replaced and are fetched again).
            m_shownEventId = s.events.isEmpty() ? 0 : s.events.constLast().id;
            fetchNewEvents();
            m_alarms->replaceAll(s.alarms);
            Q_EMIT refreshed();
        },
        [this](const QString &message) { reportError(tr("Loading the store failed: %1").arg(message)); });
}

void ConsoleController::acknowledge(const QList<qint64> &maintenanceIds, bool acknowledged)
{
    const QString actor = m_operator;
    m_runner->run(
        acknowledged ? tr("Acknowledging %n maintenance(s)", nullptr, int(maintenanceIds.size()))
                     : tr("Removing %n acknowledgement(s)", nullptr, int(maintenanceIds.size())),
        [maintenanceIds, acknowledged, actor](TaskContext &context) {
            Store store = context.store();
            const QList<qint64> changed = store.setAcknowledged(maintenanceIds, acknowledged, actor);
            return changed.isEmpty() ? QList<Maintenance>() : store.maintenances(changed);
        },
        [this](const QList<Maintenance> &changed) { m_maintenances->upsert(changed); },
        [this](const QString &message) { reportError(tr("Acknowledging failed: %1").arg(message)); });
}

void ConsoleController::setAlarmState(const QList<qint64> &alarmIds, AlarmState state)
{
    const QString actor = m_operator;
    m_runner->run(
        tr("Updating %n alarm(s)", nullptr, int(alarmIds.size())),
        [alarmIds, state, actor](TaskContext &context) {
            Store store = context.store();
            const QList<qint64> changed = store.setAlarmState(alarmIds, state, actor);
            return changed.isEmpty() ? QList<Alarm>() : store.alarms(changed);
        },
        [this](const QList<Alarm> &changed) { m_alarms->upsert(changed); },
        [this](const QString &message) { reportError(tr("Updating alarms failed: %1").arg(message)); });
}

void ConsoleController::seedDemo()
{
    m_runner->run(
        tr("Loading demo data"),
        [](TaskContext &context) {
            Store store = context.store();
            DemoSeeder::seed(store, QDateTime::currentDateTimeUtc(),
                             [&context](int done, int total) {
                                 context.checkCancelled();
                                 context.setProgress(done, total);
                             });
        },
        [this] { refreshAll(); },
        [this](const QString &message) { reportError(tr("Loading demo data failed: %1").arg(message)); });
}

} // namespace nocdesk
