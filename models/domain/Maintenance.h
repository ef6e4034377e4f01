#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>

namespace nocdesk {

// Status and impact vocabularies of the BCOP "maintnote" standard; stored as these strings.
enum class MaintenanceStatus { Tentative, Confirmed, Cancelled, InProcess, Completed, Rescheduled, NoChange };
enum class Impact { NoImpact, ReducedRedundancy, Degraded, Outage };

[[nodiscard]] QString storedName(MaintenanceStatus status);
[[nodiscard]] MaintenanceStatus maintenanceStatusFromString(const QString &text, bool *ok = nullptr);
[[nodiscard]] QString storedName(Impact impact);
[[nodiscard]] Impact impactFromString(const QString &text, bool *ok = nullptr);
// Higher is worse; used to show the worst impact of a maintenance.
[[nodiscard]] int impactRank(Impact impact);

struct CircuitImpact
{
    QString circuitRef;   // the circuit id as the notice wrote it
    qint64 circuitId = 0; // our inventory circuit, 0 when the id is unknown
    QString siteName;     // A-side site of the known circuit, empty when unknown
    Impact impact = Impact::Outage;

    auto tied() const { return std::tie(circuitRef, circuitId, siteName, impact); }
    bool operator==(const CircuitImpact &o) const { return tied() == o.tied(); }
};

struct MaintenanceWindow
{
    QDateTime start;
    QDateTime end;

    auto tied() const { return std::tie(start, end); }
    bool operator==(const MaintenanceWindow &o) const { return tied() == o.tied(); }
};

// One circuit maintenance as operators track it: one per (provider, provider's maintenance id).
struct Maintenance
{
    qint64 id = 0;
    QString providerName;   // the provider's id in the registry, e.g. "zayo"
    QString providerLabel;  // what operators read, e.g. "Zayo"; empty: use providerName
    QString maintenanceKey; // the provider's maintenance id
    QString summary;
    QString organizer;
    MaintenanceStatus status = MaintenanceStatus::Confirmed;
    QDateTime start;
    QDateTime end;
    int sequence = -1;
    QDateTime stamp;        // DTSTAMP of the newest notice applied; with sequence, orders notices
    QList<MaintenanceWindow> windows;
    QList<CircuitImpact> impacts;
    int noticeCount = 0;
    int noteCount = 0;
    bool acknowledged = false;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QDateTime updatedAt;

    // The provider as operators read it: its label, else its registry name.
    [[nodiscard]] const QString &providerDisplayName() const { return providerLabel.isEmpty() ? providerName : providerLabel; }
    [[nodiscard]] Impact worstImpact() const;
    // The windows it occupies: its list, or start to end when no notice listed windows.
    [[nodiscard]] QList<MaintenanceWindow> effectiveWindows() const;
    [[nodiscard]] QStringList circuitRefs() const;
    [[nodiscard]] QStringList siteNames() const;

    auto tied() const
    {
        return std::tie(id, providerName, providerLabel, maintenanceKey, summary, organizer, status, start, end,
                        sequence, stamp, windows, impacts, noticeCount, noteCount, acknowledged,
                        acknowledgedBy, acknowledgedAt, updatedAt);
    }
    bool operator==(const Maintenance &o) const { return tied() == o.tied(); }
};

struct MaintenanceNote
{
    enum class Level { Info, Warning };
    qint64 id = 0;
    Level level = Level::Info;
    QString author;
    QString text;
    QDateTime createdAt;
    // The last edit, when there was one (the text it replaced is in the maintenance's history).
    QString editedBy;
    QDateTime editedAt;
};

} // namespace nocdesk
