#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <tuple>

namespace nocdesk {

// Syslog severities (RFC 5424 numbering: lower is more severe).
enum class Severity { Emergency = 0, Alert, Critical, Error, Warning, Notice, Informational, Debug };

// Where an event is in its life: intake -> (remediation | suppression | alarm).
enum class EventStatus { New, Queued, Running, Remediated, Failed, Suppressed, Ignored };

[[nodiscard]] QString storedName(Severity severity);
[[nodiscard]] Severity severityFromString(const QString &text, bool *ok = nullptr);
[[nodiscard]] QString storedName(EventStatus status);
[[nodiscard]] EventStatus eventStatusFromString(const QString &text, bool *ok = nullptr);

struct Event
{
    qint64 id = 0;
    QDateTime eventTime;   // as the device stamped it, UTC
    QDateTime receivedAt;  // when NocDesk took it in, UTC
    QString host;
    QString os;            // vendor family the parser recognised, e.g. "ios"
    int facility = 1;
    Severity severity = Severity::Informational;
    QString code;          // vendor code, e.g. LINEPROTO-5-UPDOWN
    QString kind;          // vendor-neutral kind, e.g. INTERFACE_DOWN
    QString message;
    QVariantMap values;    // interface, neighbor, state, ...
    EventStatus status = EventStatus::New;
    QString result;        // why it ended in its status (remediation output, suppression reason)
    int count = 1;         // identical lines folded into this event
    QByteArray raw;        // the line as received, byte for byte
    QString parseError;    // empty when the line was parsed; else why not (it is kept all the same)

    auto tied() const
    {
        return std::tie(id, eventTime, receivedAt, host, os, facility, severity, code, kind,
                        message, values, status, result, count, raw, parseError);
    }
    bool operator==(const Event &o) const { return tied() == o.tied(); }
};

} // namespace nocdesk
