#include "ConsoleController.h"

#include "DemoSeeder.h"
#include "IntakeService.h"
#include "OverlapController.h"
#include "SyslogLineParser.h"
#include "items/AlarmTableModel.h"
#include "items/EventTableModel.h"
#include "items/MaintenanceTableModel.h"
#include "items/NotificationTableModel.h"


namespace nocdesk {

namespace {
struct Snapshot
{
    QList<Notification> notifications;
    QList<Maintenance> maintenances;
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
      m_overlaps(new OverlapController(m_runner, this)),
      m_operator(operatorName)
{
    connect(this, &ConsoleController::refreshed, m_overlaps, &OverlapController::runJob);
    connect(m_overlaps, &OverlapController::errorOccurred, this, &ConsoleController::reportError);
    connect(m_overlaps, &OverlapController::alarmsChanged, m_alarms, &AlarmTableModel::upsert);
    connect(m_maintenances, &MaintenanceTableModel::acknowledgeRequested, this, &ConsoleController::acknowledge);
    m_events->setDatabasePath(databasePath);
    connect(m_events, &EventTableModel::errorOccurred, this, &ConsoleController::reportError);
    // A new filter, order or reload: the live tail goes on from the model's new horizon.
    connect(m_events, &EventTableModel::reloaded, this, [this] {
        countEvents();
        fetchNewEvents();
    });
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
    m_intake = new IntakeService(m_runner->databasePath(), config, &parseSyslogRow, this);
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
    const QList<qint64> shown = m_events->heldIds(eventIds);
    if (shown.isEmpty() || m_tailPaused)
        return;
    m_runner->run(
        tr("Receiving events"), [shown](TaskContext &context) { return context.store().events(shown); },
        [this](const QList<Event> &events) { m_events->updateRows(events); },
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
// of batches becomes a few model inserts rather than one per batch. Only rows of the pane's
// filter are read; the model places them in its order.
void ConsoleController::fetchNewEvents()
{
    if (m_tailPaused || m_fetchingEvents || m_committedEventId <= m_events->horizon())
        return;
    m_fetchingEvents = true;
    const qint64 after = m_events->horizon();
    const qint64 last = m_committedEventId;
    const quint64 generation = m_events->generation();
    const EventFilter filter = m_events->filter();
    m_runner->run(
        tr("Receiving events"),
        [filter, after, last](TaskContext &context) { return context.store().eventsAfter(filter, after, last, kLiveChunk); },
        [this, last, generation](const QList<Event> &events) {
            m_fetchingEvents = false;
            // A full chunk may have left rows behind: the next fetch goes on after its last one.
            const qint64 upTo = events.size() == kLiveChunk ? events.constLast().id : last;
            // Read for an earlier filter or order: dropped, and read again for the current one.
            if (m_events->addNewRows(generation, events, upTo) && !events.isEmpty()) {
                m_eventsSinceCount += events.size();
                Q_EMIT eventCountChanged();
            }
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

void ConsoleController::countEvents()
{
    m_countedEvents = -1;
    m_eventsSinceCount = 0;
    m_countedGeneration = m_events->generation();
    Q_EMIT eventCountChanged();
    const EventFilter filter = m_events->filter();
    const qint64 horizon = m_events->horizon();
    const quint64 generation = m_countedGeneration;
    m_runner->run(
        tr("Counting events"), [filter, horizon](TaskContext &context) { return context.store().countEvents(filter, horizon); },
        [this, generation](qint64 count) {
            if (generation != m_countedGeneration)
                return;
            m_countedEvents = count;
            Q_EMIT eventCountChanged();
        },
        [this](const QString &message) { reportError(tr("Counting events failed: %1").arg(message)); });
}

void ConsoleController::loadEventValues()
{
    // Enough for a list to pick from; more is typed.
    constexpr int kMostValues = 5000;
    m_runner->run(
        tr("Listing devices and codes"),
        [](TaskContext &context) {
            const Store store = context.store();
            return QList<QStringList>{store.eventValues(EventSortKey::Host, kMostValues),
                                      store.eventValues(EventSortKey::Code, kMostValues),
                                      store.eventValues(EventSortKey::Kind, kMostValues)};
        },
        [this](const QList<QStringList> &values) { Q_EMIT eventValuesLoaded(values.at(0), values.at(1), values.at(2)); },
        [this](const QString &message) { reportError(tr("Listing devices and codes failed: %1").arg(message)); });
}

qint64 ConsoleController::eventCount() const
{
    return m_countedEvents < 0 ? -1 : m_countedEvents + m_eventsSinceCount;
}

void ConsoleController::reportError(const QString &message) { Q_EMIT errorOccurred(message); }

void ConsoleController::refreshAll()
{
    m_runner->run(
        tr("Loading the store"),
        [](TaskContext &context) {
            const Store store = context.store();
            Snapshot s;
            context.setProgress(0, 3, tr("Notifications"));
            s.notifications = store.notifications();
            context.checkCancelled();
            context.setProgress(1, 3, tr("Maintenances"));
            s.maintenances = store.maintenances();
            context.checkCancelled();
            context.setProgress(2, 3, tr("Alarms"));
            s.alarms = store.alarms();
            context.setProgress(3, 3);
            return s;
        },
        [this](const Snapshot &s) {
            m_notifications->replaceAll(s.notifications);
            m_maintenances->replaceAll(s.maintenances);
            // The events pane reads its pages itself; the live tail goes on from its new top.
            m_events->reload();
            loadEventValues();
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
