#include "InventoryJson.h"

#include "Store.h"

#include <QHash>
#include <QJsonArray>

namespace nocdesk {

QJsonObject inventoryToJson(const Store &store)
{
    QHash<qint64, QString> providerNames;
    QHash<qint64, QString> siteNames;
    QHash<qint64, QString> deviceNames;
    QHash<qint64, std::pair<QString, QString>> circuitKeys;

    QJsonArray providers;
    for (const Provider &p : store.providers()) {
        providerNames.insert(p.id, p.name);
        providers.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("display_name"), p.displayName},
                                     {QStringLiteral("sender_addresses"), QJsonArray::fromStringList(p.senderAddresses)},
                                     {QStringLiteral("sender_domains"), QJsonArray::fromStringList(p.senderDomains)},
                                     {QStringLiteral("time_zone"), p.timeZone}});
    }
    QJsonArray sites;
    for (const Site &s : store.sites()) {
        siteNames.insert(s.id, s.name);
        sites.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("description"), s.description},
                                 {QStringLiteral("time_zone"), s.timeZone}});
    }
    QJsonArray circuits;
    for (const Circuit &c : store.circuits()) {
        circuitKeys.insert(c.id, {providerNames.value(c.providerId), c.circuitId});
        circuits.append(QJsonObject{{QStringLiteral("provider"), providerNames.value(c.providerId)},
                                    {QStringLiteral("circuit_id"), c.circuitId},
                                    {QStringLiteral("circuit_type"), c.circuitType},
                                    {QStringLiteral("a_site"), siteNames.value(c.aSiteId)},
                                    {QStringLiteral("z_site"), siteNames.value(c.zSiteId)},
                                    {QStringLiteral("description"), c.description}});
    }
    QJsonArray devices;
    for (const Device &d : store.devices()) {
        deviceNames.insert(d.id, d.name);
        devices.append(QJsonObject{{QStringLiteral("name"), d.name},
                                   {QStringLiteral("site"), siteNames.value(d.siteId)},
                                   {QStringLiteral("vendor"), d.vendor},
                                   {QStringLiteral("os"), d.os},
                                   {QStringLiteral("management_address"), d.managementAddress}});
    }
    QJsonArray interfaces;
    for (const Interface &i : store.interfaces()) {
        const auto circuit = circuitKeys.value(i.circuitId);
        interfaces.append(QJsonObject{{QStringLiteral("device"), deviceNames.value(i.deviceId)},
                                      {QStringLiteral("name"), i.name},
                                      {QStringLiteral("circuit_provider"), circuit.first},
                                      {QStringLiteral("circuit_id"), circuit.second},
                                      {QStringLiteral("description"), i.description}});
    }
    return {{QStringLiteral("providers"), providers}, {QStringLiteral("sites"), sites},
            {QStringLiteral("circuits"), circuits}, {QStringLiteral("devices"), devices},
            {QStringLiteral("interfaces"), interfaces}};
}

} // namespace nocdesk
