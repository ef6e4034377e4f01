#include "InventoryImport.h"

#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace nocdesk {

namespace {

constexpr int kKinds = 5;

const QString kProvider = QStringLiteral("provider");
const QString kCircuitProvider = QStringLiteral("circuit_provider");

// "Circuit ID", "circuit-id" and "circuit_id" are the same column: spreadsheets are typed by
// people.
QString normalizedColumn(const QString &header)
{
    QString c = header.trimmed().toLower();
    c.replace(QRegularExpression(QStringLiteral("[\\s\\-]+")), QStringLiteral("_"));
    return c;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Where each element of the top-level arrays starts ("circuits" -> offsets), so an error in a
// JSON document can name a line and column: QJsonDocument keeps no positions.
QHash<QString, QList<qsizetype>> elementOffsets(const QByteArray &json)
{
    QHash<QString, QList<qsizetype>> result;
    QByteArray stack;
    QByteArray lastKey;
    QByteArray currentKey;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (stack.size() == 1)
                    lastKey = json.mid(stringStart, i - stringStart);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '[':
            if (stack.size() == 1)
                currentKey = lastKey;
            stack.append(c);
            break;
        case '{':
            if (stack.size() == 2 && stack.back() == '[')
                result[QString::fromUtf8(currentKey)].append(i);
            stack.append(c);
            break;
        case ']':
        case '}':
            if (!stack.isEmpty())
                stack.chop(1);
            break;
        default:
            break;
        }
    }
    return result;
}

std::pair<int, int> lineColumnAt(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {line, int(offset - lastNewline)};
}

} // namespace

std::optional<InventoryKind> InventoryImport::kindFromName(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const std::pair<const char *, InventoryKind> prefixes[] = {
        {"provider", InventoryKind::Providers}, {"site", InventoryKind::Sites},
        {"circuit", InventoryKind::Circuits},   {"device", InventoryKind::Devices},
        {"interface", InventoryKind::Interfaces},
    };
    for (const auto &[prefix, kind] : prefixes) {
        if (t.startsWith(QLatin1String(prefix)))
            return kind;
    }
    return std::nullopt;
}

QString InventoryImport::kindName(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Providers: return QStringLiteral("providers");
    case InventoryKind::Sites: return QStringLiteral("sites");
    case InventoryKind::Circuits: return QStringLiteral("circuits");
    case InventoryKind::Devices: return QStringLiteral("devices");
    case InventoryKind::Interfaces: return QStringLiteral("interfaces");
    }
    return {};
}

QStringList InventoryImport::columns(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Providers:
        return {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("sender_addresses"),
                QStringLiteral("sender_domains"), QStringLiteral("time_zone")};
    case InventoryKind::Sites:
        return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("time_zone")};
    case InventoryKind::Circuits:
        return {kProvider, QStringLiteral("circuit_id"), QStringLiteral("circuit_type"), QStringLiteral("a_site"),
                QStringLiteral("z_site"), QStringLiteral("description")};
    case InventoryKind::Devices:
        return {QStringLiteral("name"), QStringLiteral("site"), QStringLiteral("vendor"), QStringLiteral("os"),
                QStringLiteral("management_address")};
    case InventoryKind::Interfaces:
        return {QStringLiteral("device"), QStringLiteral("name"), kCircuitProvider, QStringLiteral("circuit_id"),
                QStringLiteral("description")};
    }
    return {};
}

static QStringList requiredColumns(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Circuits: return {kProvider, QStringLiteral("circuit_id")};
    case InventoryKind::Interfaces: return {QStringLiteral("device"), QStringLiteral("name")};
    default: return {QStringLiteral("name")};
    }
}

void InventoryImport::addFile(const QString &path, std::optional<InventoryKind> kind)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InventoryInputError(shown, 0, 0, file.errorString());
    const QByteArray data = file.readAll();
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        addJson(data, shown);
        return;
    }
    if (!kind)
        kind = kindFromName(info.fileName());
    if (!kind)
        throw InventoryInputError(shown, 0, 0,
                                  tr("cannot tell which inventory this file holds: name it providers.csv, sites.csv, "
                                     "circuits.csv, devices.csv or interfaces.csv, or give its kind"));
    addCsv(data, shown, *kind);
}

void InventoryImport::addCsv(const QByteArray &data, const QString &fileName, InventoryKind kind)
{
    const QList<CsvRow> rows = readCsv(data, fileName);
    if (rows.isEmpty())
        throw InventoryInputError(fileName, 0, 0, tr("the file is empty: the first line must name the columns"));
    const QStringList known = columns(kind);
    const CsvRow &header = rows.constFirst();
    QStringList names;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = normalizedColumn(header.fields.at(i));
        if (name.isEmpty() && i == header.fields.size() - 1)
            break; // a trailing separator, as some spreadsheets write
        if (!known.contains(name))
            throw InventoryInputError(fileName, header.line, int(i) + 1,
                                      tr("unknown column \"%1\" for %2; the columns are: %3")
                                          .arg(header.fields.at(i), kindName(kind), known.join(QStringLiteral(", "))));
        if (names.contains(name))
            throw InventoryInputError(fileName, header.line, int(i) + 1, tr("the column \"%1\" appears twice").arg(name));
        names << name;
    }
    for (const QString &required : requiredColumns(kind)) {
        if (!names.contains(required))
            throw InventoryInputError(fileName, header.line, 0,
                                      tr("the required column \"%1\" is missing for %2").arg(required, kindName(kind)));
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        if (row.fields.size() > names.size()) {
            for (qsizetype i = names.size(); i < row.fields.size(); ++i) {
                if (!row.fields.at(i).trimmed().isEmpty())
                    throw InventoryInputError(fileName, row.line, int(i) + 1,
                                              tr("this row has more cells than the header has columns"));
            }
        }
        Record record;
        for (qsizetype i = 0; i < names.size(); ++i)
            record.insert(names.at(i), {row.fields.value(i).trimmed(), Origin{fileName, row.line, int(i) + 1}});
        addRecord(kind, record, Origin{fileName, row.line, 1});
    }
}

void InventoryImport::addJson(const QByteArray &file, const QString &fileName)
{
    // Without a byte order mark, once: parse offsets, element offsets and the line and column
    // an operator reads in an editor all count from the first character.
    const QByteArray data = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(data, parseError.offset);
        throw InventoryInputError(fileName, line, column, tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        throw InventoryInputError(fileName, 1, 1,
                                  tr("the document must be an object with lists named providers, sites, circuits, "
                                     "devices and interfaces"));
    const QHash<QString, QList<qsizetype>> offsets = elementOffsets(data);
    const QJsonObject root = document.object();
    // Providers first and interfaces last, whatever order the document has.
    for (int k = 0; k < kKinds; ++k) {
        const auto kind = InventoryKind(k);
        const QString key = kindName(kind);
        if (!root.contains(key))
            continue;
        if (!root.value(key).isArray())
            throw InventoryInputError(fileName, 0, 0, tr("\"%1\" must be a list").arg(key));
        const QJsonArray items = root.value(key).toArray();
        const QStringList known = columns(kind);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qsizetype offset = offsets.value(key).value(i, -1);
            const auto [line, column] = offset >= 0 ? lineColumnAt(data, offset) : std::pair<int, int>{0, 0};
            const Origin where{fileName, line, column};
            if (!items.at(i).isObject())
                throw InventoryInputError(fileName, line, column, tr("%1[%2] must be an object").arg(key).arg(i));
            const QJsonObject o = items.at(i).toObject();
            Record record;
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!known.contains(it.key()))
                    throw InventoryInputError(fileName, line, column,
                                              tr("%1[%2]: unknown field \"%3\"; the fields are: %4")
                                                  .arg(key).arg(i).arg(it.key(), known.join(QStringLiteral(", "))));
                QString value;
                if (it->isArray()) {
                    QStringList parts;
                    for (const QJsonValue &v : it->toArray())
                        parts << v.toString();
                    value = parts.join(QLatin1Char(' '));
                } else if (it->isString()) {
                    value = it->toString();
                } else if (it->isDouble()) {
                    value = QString::number(it->toDouble(), 'g', 17);
                } else if (it->isNull()) {
                    continue; // the same as leaving the field out: keep what is stored
                } else {
                    throw InventoryInputError(fileName, line, column,
                                              tr("%1[%2].%3 must be text").arg(key).arg(i).arg(it.key()));
                }
                record.insert(it.key(), {value.trimmed(), where});
            }
            addRecord(kind, record, where);
        }
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!kindFromName(it.key()) || kindName(*kindFromName(it.key())) != it.key())
            throw InventoryInputError(fileName, 0, 0,
                                      tr("unknown list \"%1\": the lists are providers, sites, circuits, devices and "
                                         "interfaces")
                                          .arg(it.key()));
    }
}

void InventoryImport::addRecord(InventoryKind kind, const Record &record, const Origin &row)
{
    const auto value = [&record](const QString &column) -> std::optional<QString> {
        const auto it = record.constFind(column);
        return it == record.constEnd() ? std::nullopt : std::optional<QString>(it->first);
    };
    const auto where = [&](const QString &column) {
        return record.contains(column) ? record.value(column).second : row;
    };
    const auto fail = [&](const QString &column, const QString &message) {
        const Origin o = where(column);
        throw InventoryInputError(o.file, o.line, o.column, message);
    };
    for (const QString &required : requiredColumns(kind)) {
        if (value(required).value_or(QString()).isEmpty())
            fail(required, tr("\"%1\" is required and empty").arg(required));
    }
    if (const auto zone = value(QStringLiteral("time_zone")); zone && !zone->isEmpty()
        && !QTimeZone::isTimeZoneIdAvailable(zone->toUtf8())) {
        fail(QStringLiteral("time_zone"), tr("\"%1\" is not an IANA time zone such as Europe/Berlin").arg(*zone));
    }
    std::optional<QString> address = value(QStringLiteral("management_address"));
    if (address && !address->isEmpty()) {
        // NetBox writes addresses with their prefix length; the device is the address alone.
        *address = address->section(QLatin1Char('/'), 0, 0);
        if (QHostAddress(*address).isNull())
            fail(QStringLiteral("management_address"), tr("\"%1\" is not an IP address").arg(*address));
    }

    // One row per key and import: two rows for one circuit would leave which one wins to chance.
    QString key;
    switch (kind) {
    case InventoryKind::Circuits:
        key = *value(kProvider) + QChar(0x1f) + value(QStringLiteral("circuit_id"))->toLower();
        break;
    case InventoryKind::Interfaces:
        key = value(QStringLiteral("device"))->toLower() + QChar(0x1f) + *value(QStringLiteral("name"));
        break;
    case InventoryKind::Devices:
        key = value(QStringLiteral("name"))->toLower();
        break;
    default:
        key = *value(QStringLiteral("name"));
        break;
    }
    key = kindName(kind) + QChar(0x1f) + key;
    if (const auto seen = m_keys.constFind(key); seen != m_keys.constEnd())
        throw InventoryInputError(row.file, row.line, row.column,
                                  tr("this %1 row repeats the one on line %2 of %3")
                                      .arg(kindName(kind)).arg(seen->line).arg(seen->file));
    m_keys.insert(key, row);

    QHash<QString, Origin> references;
    const auto reference = [&](const QString &column) {
        if (record.contains(column))
            references.insert(column, where(column));
        return value(column);
    };
    switch (kind) {
    case InventoryKind::Providers: {
        InventoryBatch::ProviderRow p;
        p.name = *value(QStringLiteral("name"));
        p.displayName = value(QStringLiteral("display_name"));
        if (const auto a = value(QStringLiteral("sender_addresses")))
            p.senderAddresses = splitList(*a);
        if (const auto d = value(QStringLiteral("sender_domains")))
            p.senderDomains = splitList(*d);
        p.timeZone = value(QStringLiteral("time_zone"));
        m_batch.providers.append(p);
        break;
    }
    case InventoryKind::Sites:
        m_batch.sites.append({*value(QStringLiteral("name")), value(QStringLiteral("description")),
                              value(QStringLiteral("time_zone"))});
        break;
    case InventoryKind::Circuits:
        m_batch.circuits.append({*reference(kProvider), *value(QStringLiteral("circuit_id")),
                                 value(QStringLiteral("circuit_type")), reference(QStringLiteral("a_site")),
                                 reference(QStringLiteral("z_site")), value(QStringLiteral("description"))});
        break;
    case InventoryKind::Devices:
        m_batch.devices.append({*value(QStringLiteral("name")), reference(QStringLiteral("site")),
                                value(QStringLiteral("vendor")), value(QStringLiteral("os")), address});
        break;
    case InventoryKind::Interfaces: {
        const QString provider = value(kCircuitProvider).value_or(QString());
        const std::optional<QString> circuit = reference(QStringLiteral("circuit_id"));
        if (circuit && !circuit->isEmpty() && provider.isEmpty())
            fail(kCircuitProvider, tr("a circuit_id needs its circuit_provider"));
        reference(QStringLiteral("device"));
        m_batch.interfaces.append({*value(QStringLiteral("device")), *value(QStringLiteral("name")), provider, circuit,
                                   value(QStringLiteral("description"))});
        break;
    }
    }
    m_origins[int(kind)].append(references);
}

void InventoryImport::checkReferences(const Store &store) const
{
    QSet<QString> providers;
    QSet<QString> sites;
    QSet<QString> devices;   // lower case: device names match case-insensitively
    QSet<QString> circuits;  // provider \x1f lower-case circuit id
    QHash<qint64, QString> providerNames;
    for (const Provider &p : store.providers()) {
        providers.insert(p.name);
        providerNames.insert(p.id, p.name);
    }
    for (const Site &s : store.sites())
        sites.insert(s.name);
    for (const Device &d : store.devices())
        devices.insert(d.name.toLower());
    for (const Circuit &c : store.circuits())
        circuits.insert(providerNames.value(c.providerId) + QChar(0x1f) + c.circuitId.toLower());
    for (const auto &p : m_batch.providers)
        providers.insert(p.name);
    for (const auto &s : m_batch.sites)
        sites.insert(s.name);
    for (const auto &d : m_batch.devices)
        devices.insert(d.name.toLower());
    for (const auto &c : m_batch.circuits)
        circuits.insert(c.provider + QChar(0x1f) + c.circuitId.toLower());

    const auto check = [](bool known, const Origin &o, const QString &message) {
        if (!known)
            throw InventoryInputError(o.file, o.line, o.column, message);
    };
    const auto &circuitOrigins = m_origins[int(InventoryKind::Circuits)];
    for (qsizetype i = 0; i < m_batch.circuits.size(); ++i) {
        const auto &c = m_batch.circuits.at(i);
        const auto &o = circuitOrigins.at(i);
        check(providers.contains(c.provider), o.value(kProvider),
              tr("unknown provider \"%1\": add it to providers.csv or import it first").arg(c.provider));
        if (c.aSite && !c.aSite->isEmpty())
            check(sites.contains(*c.aSite), o.value(QStringLiteral("a_site")), tr("unknown site \"%1\"").arg(*c.aSite));
        if (c.zSite && !c.zSite->isEmpty())
            check(sites.contains(*c.zSite), o.value(QStringLiteral("z_site")), tr("unknown site \"%1\"").arg(*c.zSite));
    }
    const auto &deviceOrigins = m_origins[int(InventoryKind::Devices)];
    for (qsizetype i = 0; i < m_batch.devices.size(); ++i) {
        const auto &d = m_batch.devices.at(i);
        if (d.site && !d.site->isEmpty())
            check(sites.contains(*d.site), deviceOrigins.at(i).value(QStringLiteral("site")),
                  tr("unknown site \"%1\"").arg(*d.site));
    }
    const auto &interfaceOrigins = m_origins[int(InventoryKind::Interfaces)];
    for (qsizetype i = 0; i < m_batch.interfaces.size(); ++i) {
        const auto &f = m_batch.interfaces.at(i);
        const auto &o = interfaceOrigins.at(i);
        check(devices.contains(f.device.toLower()), o.value(QStringLiteral("device")),
              tr("unknown device \"%1\"").arg(f.device));
        if (f.circuitId && !f.circuitId->isEmpty())
            check(circuits.contains(f.circuitProvider + QChar(0x1f) + f.circuitId->toLower()),
                  o.value(QStringLiteral("circuit_id")),
                  tr("unknown circuit \"%1\" of provider \"%2\"").arg(*f.circuitId, f.circuitProvider));
    }
}

InventoryChanges InventoryImport::apply(Store &store) const
{
    checkReferences(store);
    return store.applyInventory(m_batch);
}

} // namespace nocdesk
