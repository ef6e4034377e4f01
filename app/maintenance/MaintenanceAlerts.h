#pragma once

#include "domain/Maintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QSettings;

namespace nocdesk {

// One thing worth a desktop notification, worded for the operator.
struct MaintenanceAlert
{
    enum class Kind { Created, StatusChanged, StartingSoon };
    Kind kind = Kind::Created;
    qint64 maintenanceId = 0;
    QString title;
    QString body;
};

// What the desktop notifications say, decided without a tray: the console feeds it the
// maintenances as they come and go, and asks on a timer what starts soon.
//
// A maintenance seen for the first time after the baseline is announced as new; a known one
// whose status changed, as changed. One that is not acknowledged and whose window starts within
// leadHours is announced once per window (a re-scheduled window is a new one); acknowledged,
// cancelled and completed ones are not.
class MaintenanceAlerts
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MaintenanceAlerts)
public:
    struct Settings
    {
        bool enabled = true;
        int leadHours = 4;

        [[nodiscard]] static Settings load(const QSettings &settings);
        void save(QSettings &settings) const;
    };

    // What the store held before the console started listening: remembered, not announced.
    void setBaseline(const QList<Maintenance> &maintenances);
    // Maintenances as they are now (new or changed); returns what to announce.
    [[nodiscard]] QList<MaintenanceAlert> update(const QList<Maintenance> &maintenances);
    void forget(qint64 maintenanceId);
    // Unacknowledged maintenances with a window starting in [now, now + leadHours], not yet
    // announced for that window.
    [[nodiscard]] QList<MaintenanceAlert> startingSoon(const QDateTime &now, int leadHours);
    [[nodiscard]] int knownCount() const { return int(m_known.size()); }

private:
    [[nodiscard]] static QString label(const Maintenance &m);

    QHash<qint64, Maintenance> m_known;
    QSet<QPair<qint64, qint64>> m_announcedWindows;  // (maintenance, window start in s)
};

} // namespace nocdesk
