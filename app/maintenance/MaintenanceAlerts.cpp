#include "MaintenanceAlerts.h"

#include "SettingsKeys.h"
#include "items/DisplayText.h"

#include <QSettings>

namespace nocdesk {

MaintenanceAlerts::Settings MaintenanceAlerts::Settings::load(const QSettings &settings)
{
    Settings s;
    s.enabled = settings.value(settings::kTrayNotificationsEnabled, true).toBool();
    bool ok = false;
    const int hours = settings.value(settings::kTrayStartingSoonHours, s.leadHours).toInt(&ok);
    if (ok && hours >= 0)
        s.leadHours = hours;
    return s;
}

void MaintenanceAlerts::Settings::save(QSettings &settings) const
{
    settings.setValue(settings::kTrayNotificationsEnabled, enabled);
    settings.setValue(settings::kTrayStartingSoonHours, leadHours);
}

QString MaintenanceAlerts::label(const Maintenance &m)
{
    const QString provider = m.providerDisplayName();
    return tr("%1 %2").arg(provider, m.maintenanceKey);
}

void MaintenanceAlerts::setBaseline(const QList<Maintenance> &maintenances)
{
    for (const Maintenance &m : maintenances)
        m_known.insert(m.id, m);
}

QList<MaintenanceAlert> MaintenanceAlerts::update(const QList<Maintenance> &maintenances)
{
    QList<MaintenanceAlert> alerts;
    for (const Maintenance &m : maintenances) {
        const auto known = m_known.constFind(m.id);
        if (known == m_known.constEnd()) {
            const QStringList circuits = m.circuitRefs();
            alerts.append({MaintenanceAlert::Kind::Created, m.id, tr("New maintenance: %1").arg(label(m)),
                           tr("%1, %2 – %3, %n circuit(s), %4", nullptr, int(circuits.size()))
                               .arg(DisplayText::name(m.status), DisplayText::time(m.start), DisplayText::time(m.end),
                                    DisplayText::name(m.worstImpact()))});
        } else if (known->status != m.status) {
            alerts.append({MaintenanceAlert::Kind::StatusChanged, m.id,
                           tr("%1 is now %2").arg(label(m), DisplayText::name(m.status)),
                           tr("Was %1; %2 – %3").arg(DisplayText::name(known->status), DisplayText::time(m.start),
                                                     DisplayText::time(m.end))});
        }
        m_known.insert(m.id, m);
    }
    return alerts;
}

void MaintenanceAlerts::forget(qint64 maintenanceId) { m_known.remove(maintenanceId); }

QList<MaintenanceAlert> MaintenanceAlerts::startingSoon(const QDateTime &now, int leadHours)
{
    QList<MaintenanceAlert> alerts;
    const QDateTime horizon = now.addSecs(qint64(leadHours) * 3600);
    for (const Maintenance &m : std::as_const(m_known)) {
        if (m.acknowledged || m.status == MaintenanceStatus::Cancelled || m.status == MaintenanceStatus::Completed)
            continue;
        for (const MaintenanceWindow &w : m.effectiveWindows()) {
            if (w.start < now || w.start > horizon)
                continue;
            const QPair<qint64, qint64> key(m.id, w.start.toSecsSinceEpoch());
            if (m_announcedWindows.contains(key))
                continue;
            m_announcedWindows.insert(key);
            const qint64 minutes = now.secsTo(w.start) / 60;
            alerts.append({MaintenanceAlert::Kind::StartingSoon, m.id,
                           tr("Not acknowledged: %1 starts in %2").arg(label(m), DisplayText::duration(minutes * 60)),
                           tr("%1 – %2, %3").arg(DisplayText::time(w.start), DisplayText::time(w.end),
                                                 DisplayText::name(m.worstImpact()))});
        }
    }
    return alerts;
}

} // namespace nocdesk
