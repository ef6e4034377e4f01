#pragma once

// A believable NOC's worth of maintenances for the timeline's tests, screenshots and benchmark:
// sites named like data centres, two or three circuits from different providers at each, and
// windows mostly at night around "now", some of them overlapping at a site. Deterministic for a
// given seed. seed(store) writes it through the Store API.

#include "Store.h"
#include "domain/Inventory.h"
#include "domain/Maintenance.h"

#include <QRandomGenerator>

struct TimelineData
{
    QList<nocdesk::Provider> providers;
    QList<nocdesk::Site> sites;
    QList<nocdesk::Circuit> circuits;         // ids set (1..n), providers and sites by id
    QList<nocdesk::Maintenance> maintenances; // ids set (1..n), circuit ids set

    static TimelineData make(int siteCount, int maintenanceCount, const QDateTime &now, quint32 seed = 7)
    {
        using namespace nocdesk;
        static const char *const cities[] = {"AMS", "FRA", "LON", "PAR", "MAD", "MIL", "ZRH", "VIE", "WAW", "PRG",
                                             "STO", "OSL", "CPH", "HEL", "DUB", "BRU", "LIS", "ATH", "BUD", "SOF",
                                             "NYC", "CHI", "DFW", "SJC", "SEA"};
        static const char *const providerNames[][2] = {{"zayo", "Zayo"}, {"lumen", "Lumen"}, {"arelion", "Arelion"},
                                                       {"colt", "Colt"}, {"gtt", "GTT"}, {"cogent", "Cogent"}};
        static const char *const summaries[] = {"Fibre splice", "Router software upgrade", "Line card replacement",
                                                "Emergency fibre repair", "Optical amplifier swap", "Power works"};
        TimelineData d;
        QRandomGenerator random(seed);
        for (int p = 0; p < 6; ++p)
            d.providers.append({p + 1, QString::fromLatin1(providerNames[p][0]), QString::fromLatin1(providerNames[p][1]), {}, {}, {}});
        for (int s = 0; s < siteCount; ++s) {
            const int city = s % 25;
            d.sites.append({s + 1, QStringLiteral("%1%2").arg(QString::fromLatin1(cities[city])).arg(s / 25 + 1), {}, {}});
            const int circuits = 2 + int(random.bounded(2));
            for (int c = 0; c < circuits; ++c) {
                const int provider = (s + c * 2) % 6;
                nocdesk::Circuit circuit;
                circuit.id = d.circuits.size() + 1;
                circuit.providerId = provider + 1;
                circuit.circuitId = QStringLiteral("%1-%2").arg(d.providers.at(provider).displayName.left(3).toUpper())
                                        .arg(10000 + s * 10 + c);
                circuit.circuitType = QStringLiteral("wave");
                circuit.aSiteId = s + 1;
                d.circuits.append(circuit);
            }
        }
        // Local midnight of today, so the windows fall at night as providers schedule them.
        const QDateTime midnight = now.toLocalTime().date().startOfDay();
        for (int i = 0; i < maintenanceCount; ++i) {
            const nocdesk::Circuit &first = d.circuits.at(int(random.bounded(int(d.circuits.size()))));
            const nocdesk::Provider &provider = d.providers.at(first.providerId - 1);
            Maintenance m;
            m.id = i + 1;
            m.providerName = provider.name;
            m.providerLabel = provider.displayName;
            m.maintenanceKey = QStringLiteral("CHG-%1").arg(40100 + i * 7);
            m.summary = QString::fromLatin1(summaries[random.bounded(6)]);
            m.sequence = 1;
            const int day = int(random.bounded(-7, 22));
            const int startHour = 20 + int(random.bounded(10)); // 20:00 .. 05:00
            const int hours = 2 + int(random.bounded(7));
            m.start = midnight.addDays(day).addSecs(qint64(startHour) * 3600).toUTC();
            m.end = m.start.addSecs(qint64(hours) * 3600);
            m.stamp = m.start.addDays(-14);
            m.windows = {{m.start, m.end}};
            // One in six has a second window a week later (a two-night job).
            if (random.bounded(6) == 0)
                m.windows.append({m.start.addDays(7), m.end.addDays(7)});
            static const Impact impacts[] = {Impact::Outage, Impact::Outage, Impact::Degraded,
                                             Impact::ReducedRedundancy, Impact::NoImpact};
            m.impacts.append({first.circuitId, first.id, {}, impacts[random.bounded(5)]});
            // Every tenth maintenance lands on another circuit of the previous one's site while
            // that one runs: the site's redundancy is reduced (or lost, with two circuits).
            if (i % 10 == 1) {
                const Maintenance &previous = d.maintenances.constLast();
                const qint64 site = d.circuits.at(int(previous.impacts.constFirst().circuitId) - 1).aSiteId;
                for (const nocdesk::Circuit &other : std::as_const(d.circuits)) {
                    if (other.aSiteId != site || other.id == previous.impacts.constFirst().circuitId)
                        continue;
                    const nocdesk::Provider &p = d.providers.at(other.providerId - 1);
                    m.providerName = p.name;
                    m.providerLabel = p.displayName;
                    m.impacts = {{other.circuitId, other.id, {}, Impact::Outage}};
                    m.start = previous.start.addSecs(3600);
                    m.end = m.start.addSecs(qint64(hours) * 3600);
                    m.windows = {{m.start, m.end}};
                    break;
                }
            }
            m.status = m.end < now ? (random.bounded(8) == 0 ? MaintenanceStatus::Cancelled : MaintenanceStatus::Completed)
                     : m.start <= now ? MaintenanceStatus::InProcess
                     : random.bounded(10) == 0 ? MaintenanceStatus::Tentative
                                               : MaintenanceStatus::Confirmed;
            m.acknowledged = m.end < now || random.bounded(3) == 0;
            d.maintenances.append(m);
        }
        return d;
    }

    // Writes the inventory and maintenances; the ids the store gives are put back in place.
    void seed(nocdesk::Store &store)
    {
        using namespace nocdesk;
        QHash<qint64, qint64> providerIds, siteIds;
        for (Provider &p : providers) {
            const qint64 id = store.addProvider(p);
            providerIds.insert(p.id, id);
            p.id = id;
        }
        for (Site &s : sites) {
            const qint64 id = store.addSite(s);
            siteIds.insert(s.id, id);
            s.id = id;
        }
        QHash<qint64, qint64> circuitIds;
        for (Circuit &c : circuits) {
            c.providerId = providerIds.value(c.providerId);
            c.aSiteId = siteIds.value(c.aSiteId);
            const qint64 id = store.addCircuit(c);
            circuitIds.insert(c.id, id);
            c.id = id;
        }
        for (Maintenance &m : maintenances) {
            for (CircuitImpact &ci : m.impacts)
                ci.circuitId = circuitIds.value(ci.circuitId);
            m.id = store.createMaintenance(m, QStringLiteral("seed"));
        }
    }
};
