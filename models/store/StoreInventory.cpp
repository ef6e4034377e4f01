#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

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

// An optional text field: SQL NULL keeps the stored value (see the COALESCE in upsertRow). An
// untyped QVariant, because SqlQuery binds a null QString as '' (text columns are NOT NULL).
QVariant keepOr(const std::optional<QString> &value)
{
    return value ? QVariant(value->isNull() ? QStringLiteral("") : *value) : QVariant();
}

QVariant keepOr(const std::optional<QStringList> &value)
{
    return value ? QVariant(joinLines(*value)) : QVariant();
}

// One column applyInventory may set. A reference column takes an id, 0 to clear it, or null to
// keep it.
struct Field
{
    Field(const char *c, QVariant v, bool ref = false) : column(c), value(std::move(v)), reference(ref) {}
    const char *column;
    QVariant value;
    bool reference;
};

// Inserts the row by its natural key when it is new, then sets the fields that differ; says
// which of the three happened, so a second identical import counts nothing as changed.
void upsertRow(const QSqlDatabase &db, const QString &table, const QStringList &keyColumns, const QVariantList &keys,
               const QList<Field> &fields, InventoryChanges &changes)
{
    SqlQuery insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING RETURNING id")
                            .arg(table, keyColumns.join(QStringLiteral(", ")), placeholders(keyColumns.size())));
    insert.bindValues(keys).exec();
    const bool inserted = insert.next();
    qint64 id = inserted ? insert.value(0).toLongLong() : 0;
    if (!inserted) {
        QStringList where;
        for (const QString &k : keyColumns)
            where << k + QStringLiteral(" = ?");
        SqlQuery find(db, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where.join(QStringLiteral(" AND "))));
        find.bindValues(keys).exec();
        if (!find.next())
            throw StoreError(StoreError::Kind::Query, Store::tr("An inventory row of %1 vanished while it was written.").arg(table));
        id = find.value(0).toLongLong();
    }
    if (fields.isEmpty()) {
        ++(inserted ? changes.inserted : changes.unchanged);
        return;
    }
    QStringList sets;
    QStringList differs;
    QVariantList values;
    for (const Field &f : fields) {
        const QString column = QString::fromLatin1(f.column);
        const QString expression = f.reference ? QStringLiteral("NULLIF(COALESCE(?, %1), 0)").arg(column)
                                               : QStringLiteral("COALESCE(?, %1)").arg(column);
        sets << column + QStringLiteral(" = ") + expression;
        differs << column + QStringLiteral(" IS NOT ") + expression;
        values << f.value;
    }
    QVariantList bound = values;
    bound << id;
    bound << values;
    SqlQuery update(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)")
                            .arg(table, sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR "))));
    update.bindValues(bound).exec();
    if (inserted)
        ++changes.inserted;
    else if (update.numRowsAffected() > 0)
        ++changes.updated;
    else
        ++changes.unchanged;
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

QList<Interface> Store::interfaces() const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, device_id, name, circuit_id, description FROM interfaces ORDER BY device_id, name"));
    q.exec();
    QList<Interface> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString()});
    }
    return result;
}

InventoryChanges Store::applyInventory(const InventoryBatch &batch)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    InventoryChanges changes;

    const auto idOf = [&db](const QString &sql, const QVariantList &keys) -> qint64 {
        SqlQuery q(db, sql);
        q.bindValues(keys).exec();
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const auto required = [](qint64 id, const QString &what) {
        if (id == 0)
            throw StoreError(StoreError::Kind::Query, Store::tr("The inventory refers to %1, which it does not hold.").arg(what));
        return id;
    };
    const auto providerId = [&](const QString &name) {
        return required(idOf(QStringLiteral("SELECT id FROM providers WHERE name = ?"), {name}),
                        Store::tr("provider \"%1\"").arg(name));
    };
    const auto siteRef = [&](const std::optional<QString> &name) -> QVariant {
        if (!name)
            return QVariant(QMetaType(QMetaType::LongLong));
        if (name->isEmpty())
            return qint64(0);
        return required(idOf(QStringLiteral("SELECT id FROM sites WHERE name = ?"), {*name}),
                        Store::tr("site \"%1\"").arg(*name));
    };
    const auto circuitId = [&](const QString &provider, const QString &circuit) {
        return required(idOf(QStringLiteral("SELECT id FROM circuits WHERE provider_id = ? AND circuit_id = ?"),
                             {providerId(provider), circuit}),
                        Store::tr("circuit \"%1\" of provider \"%2\"").arg(circuit, provider));
    };

    for (const InventoryBatch::ProviderRow &p : batch.providers) {
        upsertRow(db, QStringLiteral("providers"), {QStringLiteral("name")}, {p.name},
                  {{"display_name", keepOr(p.displayName)}, {"sender_addresses", keepOr(p.senderAddresses)},
                   {"sender_domains", keepOr(p.senderDomains)}, {"time_zone", keepOr(p.timeZone)}},
                  changes);
    }
    for (const InventoryBatch::SiteRow &s : batch.sites) {
        upsertRow(db, QStringLiteral("sites"), {QStringLiteral("name")}, {s.name},
                  {{"description", keepOr(s.description)}, {"time_zone", keepOr(s.timeZone)}}, changes);
    }
    for (const InventoryBatch::CircuitRow &c : batch.circuits) {
        upsertRow(db, QStringLiteral("circuits"), {QStringLiteral("provider_id"), QStringLiteral("circuit_id")},
                  {providerId(c.provider), c.circuitId},
                  {{"circuit_type", keepOr(c.circuitType)}, {"a_site_id", siteRef(c.aSite), true},
                   {"z_site_id", siteRef(c.zSite), true}, {"description", keepOr(c.description)}},
                  changes);
    }
    for (const InventoryBatch::DeviceRow &d : batch.devices) {
        upsertRow(db, QStringLiteral("devices"), {QStringLiteral("name")}, {d.name},
                  {{"site_id", siteRef(d.site), true}, {"vendor", keepOr(d.vendor)}, {"os", keepOr(d.os)},
                   {"management_address", keepOr(d.managementAddress)}},
                  changes);
    }
    for (const InventoryBatch::InterfaceRow &i : batch.interfaces) {
        const qint64 device = required(idOf(QStringLiteral("SELECT id FROM devices WHERE name = ?"), {i.device}),
                                       Store::tr("device \"%1\"").arg(i.device));
        QVariant circuit(QMetaType(QMetaType::LongLong));
        if (i.circuitId)
            circuit = i.circuitId->isEmpty() ? qint64(0) : circuitId(i.circuitProvider, *i.circuitId);
        upsertRow(db, QStringLiteral("interfaces"), {QStringLiteral("device_id"), QStringLiteral("name")}, {device, i.name},
                  {{"circuit_id", circuit, true}, {"description", keepOr(i.description)}}, changes);
    }
    transaction.commit();
    return changes;
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
