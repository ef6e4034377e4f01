#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nocdesk {

// Inventory rows as an import or a NetBox/Nautobot sync delivers them, written by
// Store::applyInventory in one transaction. Rows refer to each other by natural key (a provider
// by name, a site or device by name, a circuit by provider and circuit id), so one batch can
// bring a circuit together with the sites it runs between. A field left nullopt keeps what the
// store already has: a CSV without a time_zone column, or a sync that knows nothing of sender
// addresses, must not wipe what an operator set by hand. An empty reference clears it.
struct InventoryBatch
{
    struct ProviderRow
    {
        QString name;
        std::optional<QString> displayName;
        std::optional<QStringList> senderAddresses;
        std::optional<QStringList> senderDomains;
        std::optional<QString> timeZone;
    };
    struct SiteRow
    {
        QString name;
        std::optional<QString> description;
        std::optional<QString> timeZone;
    };
    struct CircuitRow
    {
        QString provider;
        QString circuitId;
        std::optional<QString> circuitType;
        std::optional<QString> aSite;
        std::optional<QString> zSite;
        std::optional<QString> description;
    };
    struct DeviceRow
    {
        QString name;
        std::optional<QString> site;
        std::optional<QString> vendor;
        std::optional<QString> os;
        std::optional<QString> managementAddress;
    };
    struct InterfaceRow
    {
        QString device;
        QString name;
        // The circuit the port terminates: both set, or circuitId empty to clear, or nullopt.
        QString circuitProvider;
        std::optional<QString> circuitId;
        std::optional<QString> description;
    };

    QList<ProviderRow> providers;
    QList<SiteRow> sites;
    QList<CircuitRow> circuits;
    QList<DeviceRow> devices;
    QList<InterfaceRow> interfaces;

    [[nodiscard]] qsizetype size() const
    {
        return providers.size() + sites.size() + circuits.size() + devices.size() + interfaces.size();
    }
};

// What applyInventory changed: rows inserted or whose values differ from before. Importing the
// same file twice reports zero the second time.
struct InventoryChanges
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

} // namespace nocdesk
