#pragma once

#include "MaintenanceAlerts.h"

#include <QObject>
#include <QTimer>

namespace nocdesk {

class MaintenanceTableModel;

// Feeds MaintenanceAlerts from the maintenances pane's model, which every change reaches (a
// refresh replaces its rows, a fetch, an ack or a note upserts them), and asks it on a timer
// what starts soon. Until prime() the rows it sees are the baseline: the store as the console
// found it is not news. No widgets: the tray side only shows what alertsReady carries.
class MaintenanceAlertWatcher : public QObject
{
    Q_OBJECT
public:
    explicit MaintenanceAlertWatcher(MaintenanceTableModel *model, QObject *parent = nullptr);

    void setSettings(const MaintenanceAlerts::Settings &settings);
    [[nodiscard]] MaintenanceAlerts::Settings settings() const { return m_settings; }
    [[nodiscard]] bool isPrimed() const { return m_primed; }

public Q_SLOTS:
    // From now on new and changed rows are announced.
    void prime();
    // Announces what starts within the lead time of now (the timer calls it every minute).
    void checkStartingSoon(const QDateTime &now);

Q_SIGNALS:
    void alertsReady(const QList<nocdesk::MaintenanceAlert> &alerts);

private:
    void rowsChanged(int first, int last);
    void emitAlerts(const QList<MaintenanceAlert> &alerts);

    MaintenanceTableModel *m_model;
    MaintenanceAlerts m_alerts;
    MaintenanceAlerts::Settings m_settings;
    QTimer m_timer;
    bool m_primed = false;
};

} // namespace nocdesk

Q_DECLARE_METATYPE(nocdesk::MaintenanceAlert)
