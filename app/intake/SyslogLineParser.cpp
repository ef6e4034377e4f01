#include "SyslogLineParser.h"

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
    syslog::SyslogFields m = sharedParser().fields(line);
    // The fields are views into the line: only what an event keeps is copied, once.
    Event e;
    e.receivedAt = receivedAt;
    e.raw = std::move(m.raw);
    if (!m.parsed) {
        e.message = QString::fromUtf8(e.raw);
        e.parseError = m.error.isEmpty()
            ? QCoreApplication::translate("nocdesk::SyslogLineParser", "not a syslog message NocDesk can read")
            : std::move(m.error);
        return e;
    }
    e.eventTime = std::move(m.timestamp);
    e.host = m.host.toString();
    e.os = std::move(m.os);
    if (m.facility >= 0)
        e.facility = m.facility;
    if (m.severity >= 0)
        e.severity = static_cast<Severity>(qBound(0, m.severity, 7));
    e.code = m.tag.toString();
    e.kind = std::move(m.kind);
    e.message = m.message.toString();
    for (const auto &[key, value] : m.values)
        e.values.insert(key, value.toString());
    if (m.hasFlag(syslog::ParseFlag::Truncated))
        e.values.insert(QStringLiteral("truncated"), true);
    return e;
}

} // namespace nocdesk
