#pragma once

#include "SyslogIntake.h"
#include "TaskRunner.h"
#include "domain/Alarm.h"

#include <QObject>

namespace nocdesk {

class AlarmTableModel;
class EventTableModel;
class IntakeService;
class MaintenanceTableModel;
class NotificationTableModel;
class OverlapController;

// The console's engine side, without widgets: owns the pane models and the task runner, loads
// the store in the background and applies operator actions (acknowledge, alarm state) as tasks
// whose results update only the rows they changed. The GUI and GUI tests drive it.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // New events read per turn of the live tail: a burst after a pause arrives in steps.
    static constexpr int kLiveChunk = 5000;

    ConsoleController(const QString &databasePath, const QString &operatorName, QObject *parent = nullptr);
    ~ConsoleController() override;

    [[nodiscard]] NotificationTableModel *notifications() const { return m_notifications; }
    [[nodiscard]] MaintenanceTableModel *maintenances() const { return m_maintenances; }
    [[nodiscard]] EventTableModel *events() const { return m_events; }
    [[nodiscard]] AlarmTableModel *alarms() const { return m_alarms; }
    [[nodiscard]] TaskRunner *runner() const { return m_runner; }
    // The overlap job and its results; it runs after each reload of the panes.
    [[nodiscard]] OverlapController *overlaps() const { return m_overlaps; }
    [[nodiscard]] QString operatorName() const { return m_operator; }

    // Starts receiving syslog into the store; new events then stream into the Live Events
    // pane. Returns why it could not start, empty on success.
    QString startIntake(const SyslogIntakeConfig &config);
    void stopIntake();
    [[nodiscard]] IntakeService *intake() const { return m_intake; }
    // While paused, new events are still stored; the pane catches up on resume.
    void setLiveTailPaused(bool paused);
    [[nodiscard]] bool isLiveTailPaused() const { return m_tailPaused; }
    // How many events pass the pane's filter, counted in the background after each reload and
    // kept current by the live tail; -1 while it is being counted.
    [[nodiscard]] qint64 eventCount() const;

public Q_SLOTS:
    void refreshAll();
    void acknowledge(const QList<qint64> &maintenanceIds, bool acknowledged);
    void setAlarmState(const QList<qint64> &alarmIds, nocdesk::AlarmState state);
    // Fills the store with the demo data set, then reloads every pane.
    void seedDemo();

Q_SIGNALS:
    // Every pane holds what the store had when the last refresh started.
    void refreshed();
    void eventCountChanged();
    // The devices, codes and kinds the store holds, for the events filter's lists.
    void eventValuesLoaded(const QStringList &hosts, const QStringList &codes, const QStringList &kinds);
    void errorOccurred(const QString &message);

private:
    void reportError(const QString &message);
    void eventsCommitted(qint64 firstId, qint64 lastId);
    void fetchNewEvents();
    void refreshCounts(const QList<qint64> &eventIds);
    void countEvents();
    void loadEventValues();

    TaskRunner *m_runner;
    NotificationTableModel *m_notifications;
    MaintenanceTableModel *m_maintenances;
    EventTableModel *m_events;
    AlarmTableModel *m_alarms;
    OverlapController *m_overlaps;
    QString m_operator;
    IntakeService *m_intake = nullptr;
    bool m_tailPaused = false;
    bool m_fetchingEvents = false;
    qint64 m_committedEventId = 0; // the newest event the store holds
    // Events of the pane's filter up to its horizon at the last reload (generation).
    qint64 m_countedEvents = -1;
    quint64 m_countedGeneration = 0;
    qint64 m_eventsSinceCount = 0; // rows the live tail brought since
};

} // namespace nocdesk
