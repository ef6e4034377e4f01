#include "MaintenanceFilter.h"

#include "domain/EnumNames.h"

#include <QStringList>

namespace nocdesk {

namespace {

constexpr EnumNames<MaintenanceFilter::Ack, 3> kAckNames{{{
    {MaintenanceFilter::Ack::All, "all"},
    {MaintenanceFilter::Ack::Unacknowledged, "to-acknowledge"},
    {MaintenanceFilter::Ack::Acknowledged, "acknowledged"},
}}};

constexpr EnumNames<MaintenanceFilter::Time, 4> kTimeNames{{{
    {MaintenanceFilter::Time::Any, "any"},
    {MaintenanceFilter::Time::Upcoming, "upcoming"},
    {MaintenanceFilter::Time::RunningNow, "running"},
    {MaintenanceFilter::Time::PastDays, "past-days"},
}}};

const QString kStatuses = QStringLiteral("statuses");
const QString kProvider = QStringLiteral("provider");
const QString kSite = QStringLiteral("site");
const QString kCircuit = QStringLiteral("circuit");
const QString kAck = QStringLiteral("ack");
const QString kTime = QStringLiteral("time");
const QString kPastDays = QStringLiteral("pastDays");
const QString kText = QStringLiteral("text");

} // namespace

bool MaintenanceFilter::isEmpty() const
{
    return statuses.isEmpty() && provider.trimmed().isEmpty() && site.trimmed().isEmpty()
        && circuit.trimmed().isEmpty() && ack == Ack::All && time == Time::Any && text.trimmed().isEmpty();
}

QVariantMap MaintenanceFilter::toMap() const
{
    QStringList statusNames;
    for (MaintenanceStatus s : statuses)
        statusNames << storedName(s);
    return {{kStatuses, statusNames}, {kProvider, provider},          {kSite, site},
            {kCircuit, circuit},      {kAck, kAckNames.name(ack)},    {kTime, kTimeNames.name(time)},
            {kPastDays, pastDays},    {kText, text}};
}

MaintenanceFilter MaintenanceFilter::fromMap(const QVariantMap &map)
{
    MaintenanceFilter f;
    for (const QString &name : map.value(kStatuses).toStringList()) {
        bool ok = false;
        const MaintenanceStatus s = maintenanceStatusFromString(name, &ok);
        if (ok && !f.statuses.contains(s))
            f.statuses << s;
    }
    f.provider = map.value(kProvider).toString();
    f.site = map.value(kSite).toString();
    f.circuit = map.value(kCircuit).toString();
    f.ack = kAckNames.value(map.value(kAck).toString(), Ack::All);
    f.time = kTimeNames.value(map.value(kTime).toString(), Time::Any);
    bool ok = false;
    const int days = map.value(kPastDays).toInt(&ok);
    if (ok && days > 0)
        f.pastDays = days;
    f.text = map.value(kText).toString();
    return f;
}

} // namespace nocdesk
