#include "MaintenanceAlertWatcher.h"

#include "items/MaintenanceTableModel.h"

namespace nocdesk {

MaintenanceAlertWatcher::MaintenanceAlertWatcher(MaintenanceTableModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsChanged(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                rowsChanged(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_alerts.forget(m_model->idAt(row));
    });
    if (model->rowCount() > 0)
        rowsChanged(0, model->rowCount() - 1);
    // A minute is fine-grained enough for a lead time counted in hours.
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkStartingSoon(QDateTime::currentDateTimeUtc()); });
}

void MaintenanceAlertWatcher::setSettings(const MaintenanceAlerts::Settings &settings)
{
    m_settings = settings;
    if (m_primed && m_settings.enabled)
        checkStartingSoon(QDateTime::currentDateTimeUtc());
}

void MaintenanceAlertWatcher::prime()
{
    if (m_primed)
        return;
    m_primed = true;
    m_timer.start();
    checkStartingSoon(QDateTime::currentDateTimeUtc());
}

void MaintenanceAlertWatcher::checkStartingSoon(const QDateTime &now)
{
    // Switched off: nothing is marked as announced, so switching on again warns of what is near.
    if (!m_primed || !m_settings.enabled || m_settings.leadHours <= 0)
        return;
    emitAlerts(m_alerts.startingSoon(now, m_settings.leadHours));
}

void MaintenanceAlertWatcher::rowsChanged(int first, int last)
{
    QList<Maintenance> rows;
    for (int row = first; row <= last; ++row)
        rows.append(m_model->at(row));
    if (!m_primed) {
        m_alerts.setBaseline(rows);
        return;
    }
    // The model is kept current while notifications are off, so switching them on does not
    // announce everything that changed meanwhile.
    const QList<MaintenanceAlert> alerts = m_alerts.update(rows);
    if (m_settings.enabled)
        emitAlerts(alerts);
}

void MaintenanceAlertWatcher::emitAlerts(const QList<MaintenanceAlert> &alerts)
{
    if (!alerts.isEmpty())
        Q_EMIT alertsReady(alerts);
}

} // namespace nocdesk
