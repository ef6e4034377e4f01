#pragma once

#include <QString>
#include <QStringList>

#include <tuple>

namespace nocdesk {

// A network service provider that sends maintenance notices. Senders are matched against
// these addresses and domains to attribute incoming mail.
struct Provider
{
    qint64 id = 0;
    QString name;          // stable id as the parser registry names it, e.g. "zayo"
    QString displayName;   // what operators read, e.g. "Zayo"
    QStringList senderAddresses;
    QStringList senderDomains;
    QString timeZone;      // IANA zone the provider's notices use when they name none

    auto tied() const { return std::tie(id, name, displayName, senderAddresses, senderDomains, timeZone); }
    bool operator==(const Provider &o) const { return tied() == o.tied(); }
};

struct Site
{
    qint64 id = 0;
    QString name;
    QString description;
    QString timeZone;

    auto tied() const { return std::tie(id, name, description, timeZone); }
    bool operator==(const Site &o) const { return tied() == o.tied(); }
};

struct Circuit
{
    qint64 id = 0;
    qint64 providerId = 0;
    QString circuitId;     // the provider's id for it, matched case-insensitively
    QString circuitType;
    qint64 aSiteId = 0;    // 0 when unknown
    qint64 zSiteId = 0;
    QString description;

    auto tied() const { return std::tie(id, providerId, circuitId, circuitType, aSiteId, zSiteId, description); }
    bool operator==(const Circuit &o) const { return tied() == o.tied(); }
};

struct Device
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0;
    QString vendor;
    QString os;
    QString managementAddress;

    auto tied() const { return std::tie(id, name, siteId, vendor, os, managementAddress); }
    bool operator==(const Device &o) const { return tied() == o.tied(); }
};

struct Interface
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString name;
    qint64 circuitId = 0;  // the circuit this port terminates, 0 when none
    QString description;

    auto tied() const { return std::tie(id, deviceId, name, circuitId, description); }
    bool operator==(const Interface &o) const { return tied() == o.tied(); }
};

} // namespace nocdesk
