#include "InventorySync.h"

#include "NetboxClient.h"
#include "Store.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace nocdesk {

namespace {

QJsonObject objectOf(const QJsonValue &v) { return v.toObject(); }

QString nameOf(const QJsonValue &nested) { return nested.toObject().value(QStringLiteral("name")).toString(); }

// The store names providers as the parser registry does ("zayo"): NetBox's slug is exactly
// that; Nautobot 2 dropped slugs, so its name is turned into one the same way NetBox does.
QString providerKey(const QJsonObject &provider)
{
    const QString slug = provider.value(QStringLiteral("slug")).toString();
    if (!slug.isEmpty())
        return slug;
    QString key = provider.value(QStringLiteral("name")).toString().trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("-"));
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key;
}

// A device's or termination's site: NetBox's "site"; Nautobot 2's "location".
QString siteOf(const QJsonObject &o)
{
    const QString site = nameOf(o.value(QStringLiteral("site")));
    return site.isEmpty() ? nameOf(o.value(QStringLiteral("location"))) : site;
}

QString managementAddress(const QJsonObject &device)
{
    for (const char *field : {"primary_ip", "primary_ip4", "primary_ip6"}) {
        const QString address = objectOf(device.value(QLatin1String(field))).value(QStringLiteral("address")).toString();
        if (!address.isEmpty())
            return address.section(QLatin1Char('/'), 0, 0);
    }
    return {};
}

} // namespace

QString serverKindName(InventoryServerKind kind)
{
    return kind == InventoryServerKind::Nautobot ? QStringLiteral("nautobot") : QStringLiteral("netbox");
}

std::optional<InventoryServerKind> serverKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("netbox"))
        return InventoryServerKind::NetBox;
    if (n == QLatin1String("nautobot"))
        return InventoryServerKind::Nautobot;
    return std::nullopt;
}

QString inventoryTokenKey(const QUrl &url)
{
    QString server = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return QStringLiteral("inventory/%1/token").arg(server);
}

QString InventorySyncReport::summary() const
{
    return InventorySync::tr("%1 providers, %2 sites, %3 circuits, %4 devices, %5 interfaces: %6 new, %7 changed, %8 unchanged.")
        .arg(batch.providers.size()).arg(batch.sites.size()).arg(batch.circuits.size()).arg(batch.devices.size())
        .arg(batch.interfaces.size()).arg(changes.inserted).arg(changes.updated).arg(changes.unchanged);
}

InventorySync::InventorySync(QUrl url, InventoryServerKind kind, QString token)
    : m_url(std::move(url)), m_kind(kind), m_token(std::move(token))
{
}

InventoryServerData InventorySync::fetch()
{
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("https") && m_url.scheme() != QLatin1String("http")) || m_url.host().isEmpty())
        throw InventorySyncError(tr("\"%1\" is not a server address such as https://netbox.example.net/.").arg(m_url.toString()));
    if (m_token.isEmpty())
        throw InventorySyncError(tr("No API token: create one in %1 (a read-only one is enough).").arg(serverKindName(m_kind)));
    NetboxClient client(m_url, m_token);
    client.setPageSize(m_pageSize);
    client.setRetryDelay(m_retryDelay);
    client.setCancelCheck(m_cancelled);
    // Nautobot 2 nests related objects as bare ids unless asked for one level of detail.
    if (m_kind == InventoryServerKind::Nautobot)
        client.setExtraQuery(QStringLiteral("depth=1"));

    const bool nautobot = m_kind == InventoryServerKind::Nautobot;
    struct Step
    {
        QString path;
        QString label;
        QJsonArray *into;
    };
    InventoryServerData data;
    const QList<Step> steps = {
        {QStringLiteral("/api/circuits/providers/"), tr("Providers"), &data.providers},
        {nautobot ? QStringLiteral("/api/dcim/locations/") : QStringLiteral("/api/dcim/sites/"), tr("Sites"), &data.sites},
        {QStringLiteral("/api/circuits/circuits/"), tr("Circuits"), &data.circuits},
        {QStringLiteral("/api/circuits/circuit-terminations/"), tr("Circuit terminations"), &data.terminations},
        {QStringLiteral("/api/dcim/devices/"), tr("Devices"), &data.devices},
        {QStringLiteral("/api/dcim/interfaces/"), tr("Interfaces"), &data.interfaces},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        client.setRetryNotice([&](const QString &notice) {
            if (m_progress)
                m_progress(i, steps.size(), QStringLiteral("%1: %2").arg(step.label, notice));
        });
        *step.into = client.fetchAll(step.path, [&](qint64 done, qint64 total) {
            if (m_progress)
                m_progress(i, steps.size(), tr("%1: %2 of %3").arg(step.label).arg(done).arg(total));
        });
    }
    if (m_progress)
        m_progress(steps.size(), steps.size(), tr("Writing the inventory"));
    return data;
}

InventorySyncReport InventorySync::run(Store &store)
{
    const InventoryServerData data = fetch();
    InventorySyncReport report;
    report.batch = toBatch(data, &report.notes);
    report.changes = store.applyInventory(report.batch);
    return report;
}

InventoryBatch InventorySync::toBatch(const InventoryServerData &data, QStringList *notes)
{
    InventoryBatch batch;
    // Ids are numbers in NetBox and UUIDs in Nautobot: both as text.
    const auto idOf = [](const QJsonObject &o) { return o.value(QStringLiteral("id")).toVariant().toString(); };
    QHash<QString, QString> providerById;
    QSet<QString> providerKeys;
    for (const QJsonValue &v : data.providers) {
        const QJsonObject p = v.toObject();
        const QString key = providerKey(p);
        if (key.isEmpty())
            continue;
        providerById.insert(idOf(p), key);
        providerKeys.insert(key);
        InventoryBatch::ProviderRow row;
        row.name = key;
        row.displayName = p.value(QStringLiteral("name")).toString();
        batch.providers.append(row);
    }
    const auto providerFor = [&](const QJsonObject &nested) {
        const QString known = providerById.value(idOf(nested));
        return known.isEmpty() ? providerKey(nested) : known;
    };

    QSet<QString> sites;
    for (const QJsonValue &v : data.sites) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || sites.contains(name))
            continue;
        sites.insert(name);
        InventoryBatch::SiteRow row;
        row.name = name;
        row.description = s.value(QStringLiteral("description")).toString();
        // Null in NetBox when nobody set one: keep whatever the operator set here.
        if (const QString zone = s.value(QStringLiteral("time_zone")).toString(); !zone.isEmpty())
            row.timeZone = zone;
        batch.sites.append(row);
    }
    const auto knownSite = [&](const QString &site, const QString &what) -> QString {
        if (site.isEmpty() || sites.contains(site))
            return site;
        notes->append(tr("%1: the site \"%2\" is not in the site list; left out.").arg(what, site));
        return {};
    };

    // Circuits by the server's id, for the terminations that point at them.
    QHash<QString, qsizetype> circuitIndex;
    QSet<QString> circuitKeys;
    for (const QJsonValue &v : data.circuits) {
        const QJsonObject c = v.toObject();
        InventoryBatch::CircuitRow row;
        row.provider = providerFor(objectOf(c.value(QStringLiteral("provider"))));
        row.circuitId = c.value(QStringLiteral("cid")).toString();
        if (row.provider.isEmpty() || row.circuitId.isEmpty())
            continue;
        if (!providerKeys.contains(row.provider)) {
            notes->append(tr("Circuit %1: its provider \"%2\" is not in the provider list; left out.").arg(row.circuitId, row.provider));
            continue;
        }
        const QString key = row.provider + QChar(0x1f) + row.circuitId.toLower();
        if (circuitKeys.contains(key))
            continue;
        circuitKeys.insert(key);
        // NetBox calls it "type", Nautobot "circuit_type".
        QString type = nameOf(c.value(QStringLiteral("type")));
        if (type.isEmpty())
            type = nameOf(c.value(QStringLiteral("circuit_type")));
        row.circuitType = type;
        row.description = c.value(QStringLiteral("description")).toString();
        row.aSite = QString(); // the terminations below say where it ends; none: it ends nowhere known
        row.zSite = QString();
        circuitIndex.insert(idOf(c), batch.circuits.size());
        batch.circuits.append(row);
    }

    // Interfaces reached by a circuit's cable: device name (lower case) \x1f interface -> circuit.
    QHash<QString, std::pair<QString, QString>> interfaceCircuit;
    for (const QJsonValue &v : data.terminations) {
        const QJsonObject t = v.toObject();
        const QJsonObject circuit = objectOf(t.value(QStringLiteral("circuit")));
        const qsizetype index = circuitIndex.value(idOf(circuit), -1);
        if (index < 0)
            continue;
        InventoryBatch::CircuitRow &row = batch.circuits[index];
        const QString what = tr("circuit %1 side %2").arg(row.circuitId, t.value(QStringLiteral("term_side")).toString());
        // NetBox < 4.2 and Nautobot 1: "site"; Nautobot 2: "location"; NetBox 4.2+: a generic
        // "termination" whose "termination_type" says what it is.
        QString site = siteOf(t);
        const QString terminationType = t.value(QStringLiteral("termination_type")).toString();
        if (site.isEmpty() && terminationType == QLatin1String("dcim.site"))
            site = nameOf(t.value(QStringLiteral("termination")));
        else if (site.isEmpty() && !terminationType.isEmpty())
            notes->append(tr("%1 ends at a %2, not a site; its site is left empty.").arg(what, terminationType));
        site = knownSite(site, what);
        const QString side = t.value(QStringLiteral("term_side")).toString().toUpper();
        if (side == QLatin1String("A"))
            row.aSite = site;
        else if (side == QLatin1String("Z"))
            row.zSite = site;

        // NetBox: link_peers (+ link_peers_type); Nautobot: cable_peer (+ cable_peer_type).
        QJsonArray peers = t.value(QStringLiteral("link_peers")).toArray();
        QString peersType = t.value(QStringLiteral("link_peers_type")).toString();
        if (t.value(QStringLiteral("cable_peer")).isObject()) {
            peers = QJsonArray{t.value(QStringLiteral("cable_peer"))};
            peersType = t.value(QStringLiteral("cable_peer_type")).toString();
        }
        if (peersType != QLatin1String("dcim.interface"))
            continue;
        for (const QJsonValue &peer : peers) {
            const QJsonObject p = peer.toObject();
            const QString device = nameOf(p.value(QStringLiteral("device")));
            const QString name = p.value(QStringLiteral("name")).toString();
            if (!device.isEmpty() && !name.isEmpty())
                interfaceCircuit.insert(device.toLower() + QChar(0x1f) + name, {row.provider, row.circuitId});
        }
    }

    QSet<QString> devices;
    for (const QJsonValue &v : data.devices) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            notes->append(tr("A device without a name (id %1) is left out.").arg(idOf(d)));
            continue;
        }
        if (devices.contains(name.toLower())) {
            notes->append(tr("The device name \"%1\" is used twice; the first one is kept.").arg(name));
            continue;
        }
        devices.insert(name.toLower());
        InventoryBatch::DeviceRow row;
        row.name = name;
        row.site = knownSite(siteOf(d), tr("device %1").arg(name));
        const QJsonObject type = objectOf(d.value(QStringLiteral("device_type")));
        if (const QString vendor = nameOf(type.value(QStringLiteral("manufacturer"))); !vendor.isEmpty())
            row.vendor = vendor;
        row.os = nameOf(d.value(QStringLiteral("platform")));
        row.managementAddress = managementAddress(d);
        batch.devices.append(row);
    }

    QSet<QString> interfaces;
    for (const QJsonValue &v : data.interfaces) {
        const QJsonObject i = v.toObject();
        const QString device = nameOf(i.value(QStringLiteral("device")));
        const QString name = i.value(QStringLiteral("name")).toString();
        const QString key = device.toLower() + QChar(0x1f) + name;
        if (device.isEmpty() || name.isEmpty() || !devices.contains(device.toLower()) || interfaces.contains(key))
            continue;
        interfaces.insert(key);
        InventoryBatch::InterfaceRow row;
        row.device = device;
        row.name = name;
        const auto circuit = interfaceCircuit.value(key);
        row.circuitProvider = circuit.first;
        row.circuitId = circuit.second; // empty: no circuit on this port (any more)
        row.description = i.value(QStringLiteral("description")).toString();
        batch.interfaces.append(row);
    }
    return batch;
}

} // namespace nocdesk
