#pragma once

#include "TaskRunner.h"
#include "domain/Alarm.h"
#include "domain/Inventory.h"
#include "domain/Maintenance.h"

#include <QHash>

#include <QObject>

namespace nocdesk {

class SiteOverlapTableModel;

// The console's overlap side, without widgets: runs the overlap job as a pool task (on demand,
// after each fetch or import, and after the panes reload) and holds what it found in a model,
// together with what the job read: the sites and circuits the timeline groups maintenances by,
// and where each maintenance runs now. Runs that are asked for while one is going are folded
// into one more run after it.
class OverlapController : public QObject
{
    Q_OBJECT
public:
    explicit OverlapController(TaskRunner *runner, QObject *parent = nullptr);

    [[nodiscard]] SiteOverlapTableModel *model() const { return m_model; }
    [[nodiscard]] const QList<Site> &sites() const { return m_sites; }
    [[nodiscard]] const QList<Circuit> &circuits() const { return m_circuits; }
    // The windows that still hold, by maintenance, as the last run read them (the pane's rows
    // list every window ever given, also those a RE-SCHEDULED notice replaced); absent (a
    // maintenance newer than the run): all of the row's windows hold.
    [[nodiscard]] const QHash<qint64, QList<MaintenanceWindow>> &currentWindows() const { return m_currentWindows; }
    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    void runJob();

Q_SIGNALS:
    // The model and the inventory hold a new run's results.
    void finished();
    void errorOccurred(const QString &message);
    // Alarms the run raised or cleared (OverlapAlarms), as the store now has them.
    void alarmsChanged(const QList<nocdesk::Alarm> &alarms);

private:
    TaskRunner *m_runner;
    SiteOverlapTableModel *m_model;
    QHash<qint64, QList<MaintenanceWindow>> m_currentWindows;
    QList<Site> m_sites;
    QList<Circuit> m_circuits;
    bool m_running = false;
    bool m_again = false;
};

} // namespace nocdesk
