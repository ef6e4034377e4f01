#include "ConsoleController.h"

#include "DemoSeeder.h"
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
    // Tasks call back into the models; stop them while the models still exist.
    delete m_runner;
    m_runner = nullptr;
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
