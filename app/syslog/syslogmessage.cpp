#include "syslogmessage.h"

#include <QJsonArray>
#include <QJsonValue>

namespace nocdesk::syslog {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString SyslogMessage::value(QStringView key) const
{
    for (const auto &kv : values) {
        if (kv.first == key)
            return kv.second;
    }
    return {};
}

bool SyslogMessage::hasValue(QStringView key) const
{
    for (const auto &kv : values) {
        if (kv.first == key)
            return true;
    }
    return false;
}

void SyslogMessage::setValue(const QString &key, const QString &val)
{
    for (auto &kv : values) {
        if (kv.first == key) {
            kv.second = val;
            return;
        }
    }
    values.append({key, val});
}

QStringView SyslogFields::value(QStringView key) const
{
    for (const auto &kv : values) {
        if (kv.first == key)
            return kv.second;
    }
    return {};
}

bool SyslogFields::hasValue(QStringView key) const
{
    for (const auto &kv : values) {
        if (kv.first == key)
            return true;
    }
    return false;
}

QByteArrayView SyslogFields::rawBytesOf(QStringView view) const
{
    if (!textIsAscii || view.isNull())
        return {};
    // Compared as addresses: the view may point anywhere.
    const quintptr begin = quintptr(text.constData());
    const quintptr at = quintptr(view.data());
    if (at < begin || at + quintptr(view.size()) * sizeof(QChar) > begin + quintptr(text.size()) * sizeof(QChar))
        return {};
    const qsizetype offset = qsizetype((at - begin) / sizeof(QChar));
    return QByteArrayView(raw.constData() + offset, view.size());
}

SyslogMessage SyslogFields::toMessage() const
{
    SyslogMessage m;
    m.raw = raw;
    m.parsed = parsed;
    m.flags = flags;
    m.error = error;
    m.pri = pri;
    m.facility = facility;
    m.severity = severity;
    m.host = host.toString();
    m.os = os;
    m.tag = tag.toString();
    m.kind = kind;
    m.date = date.toString();
    m.time = time.toString();
    m.timestamp = timestamp;
    m.zoneFromLine = zoneFromLine;
    m.yearInferred = yearInferred;
    m.message = message.toString();
    m.process = process.toString();
    m.pid = pid.toString();
    m.sequence = sequence.toString();
    m.nodeId = nodeId.toString();
    m.values.reserve(values.size());
    for (const auto &kv : values)
        m.values.append({kv.first, kv.second.toString()});
    return m;
}

QJsonObject SyslogMessage::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("host"), stringOrNull(host));
    o.insert(QLatin1String("os"), stringOrNull(os));
    o.insert(QLatin1String("tag"), stringOrNull(tag));
    o.insert(QLatin1String("kind"), stringOrNull(kind));
    o.insert(QLatin1String("facility"), facility < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(facility));
    o.insert(QLatin1String("severity"), severity < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(severity));
    o.insert(QLatin1String("date"), stringOrNull(date));
    o.insert(QLatin1String("time"), stringOrNull(time));
    if (timestamp.isValid()) {
        // One spelling whatever zone type the stamp carries: "Z" or "+hh:mm".
        const QDateTime t = timestamp.toOffsetFromUtc(timestamp.offsetFromUtc());
        o.insert(QLatin1String("timestamp"),
                 t.time().msec() != 0 ? t.toString(Qt::ISODateWithMs) : t.toString(Qt::ISODate));
    } else {
        o.insert(QLatin1String("timestamp"), QJsonValue(QJsonValue::Null));
    }
    if (parsed)
        o.insert(QLatin1String("message"), message);
    else
        o.insert(QLatin1String("message"), QString::fromUtf8(raw)); // lossy view; raw kept in toDetailedJson
    QJsonObject v;
    for (const auto &kv : values)
        v.insert(kv.first, kv.second);
    o.insert(QLatin1String("values"), v);
    return o;
}

QJsonObject SyslogMessage::toDetailedJson() const
{
    QJsonObject o = toJson();
    o.insert(QLatin1String("parsed"), parsed);
    QJsonArray f;
    const std::pair<ParseFlag, const char *> names[] = {
        {ParseFlag::Empty, "empty"},
        {ParseFlag::InvalidUtf8, "invalid_utf8"},
        {ParseFlag::Truncated, "truncated"},
        {ParseFlag::ControlCharacters, "control_characters"},
        {ParseFlag::BadPri, "bad_pri"},
        {ParseFlag::NoHeader, "no_header"},
    };
    for (const auto &n : names) {
        if (hasFlag(n.first))
            f.append(QLatin1String(n.second));
    }
    o.insert(QLatin1String("flags"), f);
    o.insert(QLatin1String("error"), stringOrNull(error));
    if (hasFlag(ParseFlag::InvalidUtf8))
        o.insert(QLatin1String("raw_base64"), QString::fromLatin1(raw.toBase64()));
    else
        o.insert(QLatin1String("raw"), QString::fromUtf8(raw));
    o.insert(QLatin1String("process"), stringOrNull(process));
    o.insert(QLatin1String("pid"), stringOrNull(pid));
    o.insert(QLatin1String("sequence"), stringOrNull(sequence));
    o.insert(QLatin1String("node_id"), stringOrNull(nodeId));
    o.insert(QLatin1String("zone_from_line"), zoneFromLine);
    o.insert(QLatin1String("year_inferred"), yearInferred);
    return o;
}

} // namespace nocdesk::syslog
