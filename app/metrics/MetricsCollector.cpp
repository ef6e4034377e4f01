#include "MetricsCollector.h"

#include <QHash>
#include <QMap>

namespace nocdesk::metrics {

namespace {

constexpr int kEventRateSeconds = 60;

Family gauge(const char *name, const QString &help)
{
    return {QString::fromLatin1(name), help, QStringLiteral("gauge"), {}};
}

} // namespace

QSet<qint64> circuitsUnderMaintenance(const Store &store, const QDateTime &now)
{
    return store.circuitsImpactedAt(now, {MaintenanceStatus::Confirmed, MaintenanceStatus::InProcess,
                                          MaintenanceStatus::Rescheduled});
}

Family circuitStatusFamily(const QList<Circuit> &circuits, const QList<Provider> &providers, const QList<Site> &sites,
                           const QSet<qint64> &underMaintenance, const CircuitLabels &labels)
{
    QHash<qint64, const Provider *> providerById;
    for (const Provider &p : providers)
        providerById.insert(p.id, &p);
    QHash<qint64, QString> siteName;
    for (const Site &s : sites)
        siteName.insert(s.id, s.name);

    Family family = gauge("circuit_maintenance_status",
                          QStringLiteral("Whether the circuit is under a provider maintenance now: 2 when a CONFIRMED, "
                                         "IN-PROCESS or RE-SCHEDULED maintenance impacts it, else 1."));
    QHash<Labels, qsizetype> sampleOf;
    for (const Circuit &c : circuits) {
        const Provider *provider = providerById.value(c.providerId);
        Labels values;
        for (const auto &[name, attribute] : labels.labels()) {
            QString value;
            if (attribute == QLatin1String("cid"))
                value = c.circuitId;
            else if (attribute == QLatin1String("provider"))
                value = provider ? provider->name : QString();
            else if (attribute == QLatin1String("provider_name"))
                value = provider ? (provider->displayName.isEmpty() ? provider->name : provider->displayName) : QString();
            else if (attribute == QLatin1String("type"))
                value = c.circuitType;
            else if (attribute == QLatin1String("description"))
                value = c.description;
            else if (attribute == QLatin1String("site") || attribute == QLatin1String("site_a"))
                value = siteName.value(c.aSiteId);
            else if (attribute == QLatin1String("site_z"))
                value = siteName.value(c.zSiteId);
            else if (attribute == QLatin1String("id"))
                value = QString::number(c.id);
            values.append({name, value});
        }
        const double status = underMaintenance.contains(c.id) ? 2 : 1;
        const auto known = sampleOf.constFind(values);
        if (known != sampleOf.constEnd()) {
            family.samples[*known].value = std::max(family.samples[*known].value, status);
            continue;
        }
        sampleOf.insert(values, family.samples.size());
        family.samples.append({values, status});
    }
    return family;
}

QList<Family> collect(const Store &store, const CircuitLabels &labels, const QDateTime &now)
{
    QList<Family> families;
    families << circuitStatusFamily(store.circuits(), store.providers(), store.sites(),
                                    circuitsUnderMaintenance(store, now), labels);

    Family notifications = gauge("nocdesk_notifications", QStringLiteral("Stored notifications by what became of them."));
    const QMap<NotificationOutcome, qint64> outcomes = store.notificationCountsByOutcome();
    for (const NotificationOutcome o : {NotificationOutcome::Pending, NotificationOutcome::Parsed, NotificationOutcome::Ignored,
                                        NotificationOutcome::ParsingFailed, NotificationOutcome::UnknownProvider,
                                        NotificationOutcome::OutOfSequence, NotificationOutcome::UnknownCircuits})
        notifications.samples.append({{{QStringLiteral("outcome"), storedName(o)}}, double(outcomes.value(o))});
    families << notifications;

    Family byStatus = gauge("nocdesk_maintenances", QStringLiteral("Circuit maintenances by status."));
    const QMap<MaintenanceStatus, qint64> statuses = store.maintenanceCountsByStatus();
    for (const MaintenanceStatus s : {MaintenanceStatus::Tentative, MaintenanceStatus::Confirmed, MaintenanceStatus::Cancelled,
                                      MaintenanceStatus::InProcess, MaintenanceStatus::Completed,
                                      MaintenanceStatus::Rescheduled, MaintenanceStatus::NoChange})
        byStatus.samples.append({{{QStringLiteral("status"), storedName(s)}}, double(statuses.value(s))});
    families << byStatus;

    Family overlaps = gauge("nocdesk_site_overlaps",
                            QStringLiteral("Spans in which maintenances overlap at a site, by what they do to it, as the overlap job last found."));
    const QMap<OverlapKind, qint64> kinds = store.siteOverlapCountsByKind();
    for (const OverlapKind k : {OverlapKind::Overlap, OverlapKind::RedundancyReduced, OverlapKind::RedundancyLost})
        overlaps.samples.append({{{QStringLiteral("kind"), storedName(k)}}, double(kinds.value(k))});
    families << overlaps;

    Family fetchError = gauge("nocdesk_source_fetch_error",
                              QStringLiteral("1 when the notification source's last fetch failed, else 0."));
    Family lastFetch = gauge("nocdesk_source_last_fetch_timestamp_seconds",
                             QStringLiteral("When the notification source last fetched, in seconds since the epoch."));
    for (const NotificationSourceRow &s : store.notificationSources()) {
        const Labels source{{QStringLiteral("source"), s.name}, {QStringLiteral("kind"), s.kind}};
        fetchError.samples.append({source, s.lastError.isEmpty() ? 0.0 : 1.0});
        if (s.lastFetchAt.isValid())
            lastFetch.samples.append({source, double(s.lastFetchAt.toSecsSinceEpoch())});
    }
    families << fetchError << lastFetch;

    const Store::EventCount recent = store.eventsReceivedSince(now.addSecs(-kEventRateSeconds));
    Family rate = gauge("nocdesk_events_per_second",
                        QStringLiteral("Events received per second over the last minute, folded repeats included."));
    rate.samples.append({{}, double(recent.lines) / kEventRateSeconds});
    families << rate;
    return families;
}

} // namespace nocdesk::metrics
