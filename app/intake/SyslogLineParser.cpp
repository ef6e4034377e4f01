#include "SyslogLineParser.h"

#include "CompactJson.h"
#include "syslog/syslogparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace nocdesk {

namespace {
Q_LOGGING_CATEGORY(lcIntake, "nocdesk.intake")

syslog::SyslogRuleSet loadRules()
{
    QStringList errors;
    syslog::SyslogRuleSet rules = syslog::SyslogRuleSet::defaults(&errors);
    const QString folder = operatorSyslogRulesFolder();
    if (QFileInfo(folder).isDir())
        rules.addDirectory(folder, &errors);
    // A broken operator file is skipped whole; say which, and go on with the rest.
    for (const QString &error : std::as_const(errors))
        qCWarning(lcIntake).noquote() << error;
    return rules;
}

const syslog::SyslogParser &sharedParser()
{
    static const syslog::SyslogParser parser(loadRules());
    return parser;
}

QString unparsedReason(QString error)
{
    return error.isEmpty() ? QCoreApplication::translate("nocdesk::SyslogLineParser", "not a syslog message NocDesk can read")
                           : std::move(error);
}
} // namespace

QString operatorSyslogRulesFolder()
{
    const QString configured = qEnvironmentVariable("NOCDESK_SYSLOG_RULES_DIR");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/syslog-rules");
}

Event parseSyslogLine(const QByteArray &line, const QDateTime &receivedAt)
{
    // The row is what the store keeps; the event is that row, read back as the store would.
    Event e = parseSyslogRow(line, receivedAt.isValid() ? receivedAt.toMSecsSinceEpoch() : 0).toEvent();
    e.receivedAt = receivedAt;
    return e;
}

EventRow parseSyslogRow(const QByteArray &line, qint64 receivedMs, bool truncated)
{
    syslog::SyslogFields m = sharedParser().fields(line);
    // The parser's fields are views into the line: written once, as UTF-8, into the row
    // (tst_eventrow holds each field to the parser's own).
    EventRow row;
    row.receivedMs = receivedMs;
    row.raw = m.raw; // shared, not copied: m.raw stays for rawBytesOf() below
    static const QByteArray status = storedName(EventStatus::New).toUtf8(); // not made again per line
    if (!m.parsed) {
        row.setText({QStringView(), QStringView(), QString::fromUtf8(row.raw), QStringView(), QStringView(), "{}",
                     status, QStringView(), unparsedReason(std::move(m.error)), QStringView()});
        return row;
    }
    row.hasEventTime = m.timestamp.isValid();
    if (row.hasEventTime)
        row.eventMs = m.timestamp.toMSecsSinceEpoch();
    if (m.facility >= 0)
        row.facility = m.facility;
    if (m.severity >= 0)
        row.severity = qBound(0, m.severity, 7);
    JsonMembers members;
    QStringView interface;
    for (const auto &[key, value] : m.values) {
        members.append({key, value});
        if (key == QLatin1String("interface"))
            interface = value; // the last one, as a map keeps
    }
    if (truncated || m.hasFlag(syslog::ParseFlag::Truncated))
        members.append({u"truncated", {}, true, true});
    // One buffer per thread for the JSON, copied into the row's: no allocation of its own.
    thread_local QByteArray values;
    writeCompactJson(values, members);
    // Fields of an ASCII line are its own bytes already: copied, not converted.
    const auto utf8 = [&m](QStringView v) {
        const QByteArrayView bytes = m.rawBytesOf(v);
        return bytes.isNull() ? EventRow::Text(v) : EventRow::Text(bytes);
    };
    row.setText({utf8(m.host), utf8(m.tag), utf8(m.message), m.os, m.kind, values, status, QStringView(), QStringView(),
                 utf8(interface)});
    return row;
}

} // namespace nocdesk
