#include "OverlapController.h"

#include "CurrentWindows.h"
#include "OverlapJob.h"
#include "items/SiteOverlapTableModel.h"

#include <QSet>
#include <QSettings>

namespace nocdesk {

namespace {
struct JobResult
{
    QList<SiteOverlap> overlaps;
    QHash<qint64, QString> names;
    QList<Site> sites;
    QList<Circuit> circuits;
    QHash<qint64, QList<MaintenanceWindow>> currentWindows;
    QList<Alarm> changedAlarms;
};
} // namespace

OverlapController::OverlapController(TaskRunner *runner, QObject *parent)
    : QObject(parent), m_runner(runner), m_model(new SiteOverlapTableModel(this))
{
}

void OverlapController::runJob()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    // Read here: QSettings belongs to the thread that asks.
    const OverlapOptions options = OverlapJob::optionsFromSettings(QSettings());
    auto finish = [this] {
        m_running = false;
        if (m_again)
            runJob();
    };
    m_runner->run(
        tr("Finding overlaps"),
        [options](TaskContext &context) {
            Store store = context.store();
            context.setProgress(0, 2, tr("maintenances per site"));
            context.checkCancelled();
            OverlapJob::Result run = OverlapJob::run(store, options, QDateTime::currentDateTimeUtc());
            context.setProgress(1, 2, tr("inventory"));
            context.checkCancelled();
            // What the job read is what the views need: the names of the maintenances that
            // overlap, where re-scheduled ones run now, the inventory the timeline groups by.
            JobResult r;
            if (!run.alarms.isEmpty())
                r.changedAlarms = store.alarms(run.alarms.raised + run.alarms.cleared);
            QSet<qint64> overlapping;
            for (const SiteOverlap &o : std::as_const(run.overlaps)) {
                for (const qint64 id : o.maintenanceIds())
                    overlapping.insert(id);
            }
            for (const Maintenance &m : std::as_const(run.maintenances)) {
                if (overlapping.contains(m.id))
                    r.names.insert(m.id, m.providerDisplayName() + QLatin1Char(' ') + m.maintenanceKey);
                // Only where a re-schedule replaced windows: any other maintenance shows the
                // windows the pane has, which a notice after this run may have changed.
                if (run.rescheduled.contains(m.id))
                    r.currentWindows.insert(m.id, m.windows);
            }
            r.overlaps = std::move(run.overlaps);
            r.sites = std::move(run.sites);
            r.circuits = std::move(run.circuits);
            context.setProgress(2, 2);
            return r;
        },
        [this, finish](const JobResult &r) {
            m_sites = r.sites;
            m_circuits = r.circuits;
            m_currentWindows = r.currentWindows;
            m_model->replaceAll(r.overlaps, r.names);
            if (!r.changedAlarms.isEmpty())
                Q_EMIT alarmsChanged(r.changedAlarms);
            Q_EMIT finished();
            finish();
        },
        [this, finish](const QString &message) {
            Q_EMIT errorOccurred(tr("Finding overlaps failed: %1").arg(message));
            finish();
        },
        finish);
}

} // namespace nocdesk
