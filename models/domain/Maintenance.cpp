#include "Maintenance.h"

#include "EnumNames.h"

#include <algorithm>

namespace nocdesk {

namespace {

constexpr EnumNames<MaintenanceStatus, 7> kStatusNames{{{
    {MaintenanceStatus::Tentative, "TENTATIVE"},
    {MaintenanceStatus::Confirmed, "CONFIRMED"},
    {MaintenanceStatus::Cancelled, "CANCELLED"},
    {MaintenanceStatus::InProcess, "IN-PROCESS"},
    {MaintenanceStatus::Completed, "COMPLETED"},
    {MaintenanceStatus::Rescheduled, "RE-SCHEDULED"},
    {MaintenanceStatus::NoChange, "NO-CHANGE"},
}}};

constexpr EnumNames<Impact, 4> kImpactNames{{{
    {Impact::NoImpact, "NO-IMPACT"},
    {Impact::ReducedRedundancy, "REDUCED-REDUNDANCY"},
    {Impact::Degraded, "DEGRADED"},
    {Impact::Outage, "OUTAGE"},
}}};

} // namespace

QString storedName(MaintenanceStatus status) { return kStatusNames.name(status); }

MaintenanceStatus maintenanceStatusFromString(const QString &text, bool *ok)
{
    return kStatusNames.value(text, MaintenanceStatus::NoChange, ok);
}

QString storedName(Impact impact) { return kImpactNames.name(impact); }

Impact impactFromString(const QString &text, bool *ok)
{
    // The standard's default: a circuit listed without an impact is taken down.
    return kImpactNames.value(text, Impact::Outage, ok);
}

int impactRank(Impact impact) { return static_cast<int>(impact); }

QList<MaintenanceWindow> Maintenance::effectiveWindows() const
{
    return windows.isEmpty() ? QList<MaintenanceWindow>{{start, end}} : windows;
}

Impact Maintenance::worstImpact() const
{
    Impact worst = Impact::NoImpact;
    for (const CircuitImpact &i : impacts)
        worst = std::max(worst, i.impact, [](Impact a, Impact b) { return impactRank(a) < impactRank(b); });
    return worst;
}

QStringList Maintenance::circuitRefs() const
{
    QStringList refs;
    refs.reserve(impacts.size());
    for (const CircuitImpact &i : impacts)
        refs << i.circuitRef;
    return refs;
}

QStringList Maintenance::siteNames() const
{
    QStringList sites;
    for (const CircuitImpact &i : impacts) {
        if (!i.siteName.isEmpty() && !sites.contains(i.siteName))
            sites << i.siteName;
    }
    sites.sort();
    return sites;
}

} // namespace nocdesk
