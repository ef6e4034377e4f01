#include "Store.h"

#include "SqlQuery.h"
#include "TimeColumns.h"

namespace nocdesk {

namespace {

// Lists are stored one item per line: readable in any SQLite browser, and addresses never
// contain a newline.
QString joinLines(const QStringList &items) { return items.join(QLatin1Char('\n')); }
QStringList splitLines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

qint64 returningId(SqlQuery &q)
{
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

using sqltime::nullableId;

qint64 Store::addProvider(const Provider &p)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO providers (name, display_name, sender_addresses, sender_domains, time_zone)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET display_name = excluded.display_name,"
        " sender_addresses = excluded.sender_addresses, sender_domains = excluded.sender_domains,"
        " time_zone = excluded.time_zone RETURNING id"));
    q.bindAll({p.name, p.displayName, joinLines(p.senderAddresses), joinLines(p.senderDomains), p.timeZone});
    return returningId(q);
}

qint64 Store::addSite(const Site &s)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO sites (name, description, time_zone) VALUES (?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET description = excluded.description,"
        " time_zone = excluded.time_zone RETURNING id"));
    q.bindAll({s.name, s.description, s.timeZone});
    return returningId(q);
}

qint64 Store::addCircuit(const Circuit &c)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO circuits (provider_id, circuit_id, circuit_type, a_site_id, z_site_id, description)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(provider_id, circuit_id) DO UPDATE SET circuit_type = excluded.circuit_type,"
        " a_site_id = excluded.a_site_id, z_site_id = excluded.z_site_id,"
        " description = excluded.description RETURNING id"));
    q.bindAll({c.providerId, c.circuitId, c.circuitType, nullableId(c.aSiteId), nullableId(c.zSiteId), c.description});
    return returningId(q);
}

qint64 Store::addDevice(const Device &d)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO devices (name, site_id, vendor, os, management_address) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET site_id = excluded.site_id, vendor = excluded.vendor,"
        " os = excluded.os, management_address = excluded.management_address RETURNING id"));
    q.bindAll({d.name, nullableId(d.siteId), d.vendor, d.os, d.managementAddress});
    return returningId(q);
}

qint64 Store::addInterface(const Interface &i)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO interfaces (device_id, name, circuit_id, description) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(device_id, name) DO UPDATE SET circuit_id = excluded.circuit_id,"
        " description = excluded.description RETURNING id"));
    q.bindAll({i.deviceId, i.name, nullableId(i.circuitId), i.description});
    return returningId(q);
}

QList<Provider> Store::providers() const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, name, display_name, sender_addresses, sender_domains, time_zone FROM providers ORDER BY name"));
    q.exec();
    QList<Provider> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       splitLines(q.value(3).toString()), splitLines(q.value(4).toString()),
                       q.value(5).toString()});
    }
    return result;
}

QList<Site> Store::sites() const
{
    SqlQuery q(database(), QStringLiteral("SELECT id, name, description, time_zone FROM sites ORDER BY name"));
    q.exec();
    QList<Site> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

QList<Circuit> Store::circuits() const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, provider_id, circuit_id, circuit_type, a_site_id, z_site_id, description"
        " FROM circuits ORDER BY provider_id, circuit_id"));
    q.exec();
    QList<Circuit> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                       q.value(6).toString()});
    }
    return result;
}

QList<Device> Store::devices() const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, name, site_id, vendor, os, management_address FROM devices ORDER BY name"));
    q.exec();
    QList<Device> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return result;
}

qint64 Store::providerIdByName(const QString &name) const
{
    SqlQuery q(database(), QStringLiteral("SELECT id FROM providers WHERE name = ?"));
    q.bind(name).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::ensureProvider(const QString &name, const QString &displayName)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO providers (name, display_name) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id"));
    q.bindAll({name, displayName});
    return returningId(q);
}

qint64 Store::addNotificationSource(const QString &name, const QString &kind, const QByteArray &configJson, bool enabled)
{
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO notification_sources (name, kind, config, enabled) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, config = excluded.config,"
        " enabled = excluded.enabled RETURNING id"));
    q.bindAll({name, kind, QString::fromUtf8(configJson), enabled ? 1 : 0});
    return returningId(q);
}

qint64 Store::sourceIdByName(const QString &name) const
{
    SqlQuery q(database(), QStringLiteral("SELECT id FROM notification_sources WHERE name = ?"));
    q.bind(name).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace nocdesk
