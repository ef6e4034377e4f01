#pragma once

#include "TaskRunner.h"
#include "domain/Inventory.h"

#include <QObject>

namespace nocdesk {

class SiteOverlapTableModel;

// The console's overlap side, without widgets: runs the overlap job as a pool task (on demand,
// after each fetch or import, and after the panes reload) and holds what it found in a model,
// together with the sites and circuits the timeline groups maintenances by. Runs that are
// asked for while one is going are folded into one more run after it.
class OverlapController : public QObject
{
    Q_OBJECT
public:
    explicit OverlapController(TaskRunner *runner, QObject *parent = nullptr);

    [[nodiscard]] SiteOverlapTableModel *model() const { return m_model; }
    [[nodiscard]] const QList<Site> &sites() const { return m_sites; }
    [[nodiscard]] const QList<Circuit> &circuits() const { return m_circuits; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Completed runs since the console started (tests wait on the signal instead).
    [[nodiscard]] int runCount() const { return m_runs; }

public Q_SLOTS:
    void runJob();

Q_SIGNALS:
    // The model and the inventory hold a new run's results.
    void finished();
    void errorOccurred(const QString &message);

private:
    TaskRunner *m_runner;
    SiteOverlapTableModel *m_model;
    QList<Site> m_sites;
    QList<Circuit> m_circuits;
    bool m_running = false;
    bool m_again = false;
    int m_runs = 0;
};

} // namespace nocdesk
