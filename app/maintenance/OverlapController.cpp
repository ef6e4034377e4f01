#include "OverlapController.h"

#include "CurrentWindows.h"
#include "OverlapJob.h"
#include "items/MaintenanceTableModel.h"
#include "items/SiteOverlapTableModel.h"

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

OverlapController::OverlapController(TaskRunner *runner, const MaintenanceTableModel *maintenances, QObject *parent)
    : QObject(parent), m_runner(runner), m_maintenances(maintenances), m_model(new SiteOverlapTableModel(this))
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
    // Only a maintenance with two windows or more can have had one replaced.
    QList<qint64> multiWindow;
    for (int row = 0; m_maintenances && row < m_maintenances->rowCount(); ++row) {
        if (m_maintenances->at(row).windows.size() > 1)
            multiWindow << m_maintenances->at(row).id;
    }
    auto finish = [this] {
        m_running = false;
        if (m_again)
            runJob();
    };
    m_runner->run(
        tr("Finding overlaps"),
        [options, multiWindow](TaskContext &context) {
            Store store = context.store();
            context.setProgress(0, 2, tr("maintenances per site"));
            context.checkCancelled();
            JobResult r;
            OverlapAlarms::Changes alarms;
            r.overlaps = OverlapJob::run(store, options, QDateTime::currentDateTimeUtc(), &alarms);
            if (!alarms.isEmpty())
                r.changedAlarms = store.alarms(alarms.raised + alarms.cleared);
            context.setProgress(1, 2, tr("inventory"));
            context.checkCancelled();
            QList<qint64> ids;
            for (const SiteOverlap &o : std::as_const(r.overlaps))
                ids << o.maintenanceIds();
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            if (!ids.isEmpty()) {
                for (const Maintenance &m : store.maintenances(ids)) {
                    const QString provider = m.providerDisplayName();
                    r.names.insert(m.id, provider + QLatin1Char(' ') + m.maintenanceKey);
                }
            }
            if (!multiWindow.isEmpty()) {
                for (const Maintenance &m : withCurrentWindows(store, store.maintenances(multiWindow)))
                    r.currentWindows.insert(m.id, m.windows);
            }
            r.sites = store.sites();
            r.circuits = store.circuits();
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
