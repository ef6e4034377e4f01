#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <utility>

namespace nocdesk::syslog {

// Why a line could not be parsed (or was altered); several can apply at once.
enum class ParseFlag : unsigned {
    None = 0,
    Empty = 1u << 0,
    InvalidUtf8 = 1u << 1,
    Truncated = 1u << 2,       // longer than SyslogMessage::MaxLineBytes, raw cut there
    ControlCharacters = 1u << 3,
    BadPri = 1u << 4,
    NoHeader = 1u << 5,        // neither PRI, nor timestamp, nor a known vendor format
};

// One syslog line after parsing. A plain value type: the intake stores it, the CLI prints
// toJson(). When `parsed` is false only raw, flags and error are meaningful.
struct SyslogMessage
{
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    QByteArray raw;            // bytes as received (cut at MaxLineBytes when Truncated)
    bool parsed = false;
    unsigned flags = 0;        // ParseFlag bits
    QString error;             // translated reason when !parsed

    int pri = -1;              // -1 when the line has no <PRI>
    int facility = -1;
    int severity = -1;

    QString host;
    QString os;                // ios, nxos, iosxr, junos, eos, huawei, generic
    QString tag;               // vendor code, e.g. LINEPROTO-5-UPDOWN, SNMP_TRAP_LINK_DOWN
    QString kind;              // vendor-neutral, e.g. INTERFACE_DOWN; empty when unknown
    QString date;              // as written in the line
    QString time;              // as written in the line
    QDateTime timestamp;       // invalid when the line has no usable time
    bool zoneFromLine = false; // false: the zone was assumed (ParserOptions::assumedZone)
    bool yearInferred = false;
    QString message;           // text after the vendor code
    QString process;
    QString pid;
    QString sequence;          // Cisco sequence number
    QString nodeId;            // IOS-XR node, e.g. RP/0/RSP0/CPU0
    QList<QPair<QString, QString>> values; // interface, neighbor, peer_as, state, ... in rule order

    [[nodiscard]] bool hasFlag(ParseFlag f) const { return (flags & unsigned(f)) != 0; }
    [[nodiscard]] QString value(QStringView key) const;
    [[nodiscard]] bool hasValue(QStringView key) const;
    void setValue(const QString &key, const QString &value);

    // Exactly the CLI contract: host, os, tag, kind, facility, severity, date, time,
    // timestamp, message, values. Unknown fields are null.
    [[nodiscard]] QJsonObject toJson() const;
    // toJson() plus parsed, flags, error, raw (base64 when not valid UTF-8), process, pid, ...
    [[nodiscard]] QJsonObject toDetailedJson() const;
};

// One syslog line's fields as the parser finds them: views into the decoded line (text), or
// shared copies of the parser's own names and rule strings, so finding them copies nothing.
// A caller copies only the fields it keeps (the intake: host, code, message, values), or the
// whole into a SyslogMessage with toMessage(). The views stay valid while this object and
// the parser that filled it live; moving it keeps them valid (text keeps its buffer), copying
// it is not allowed.
struct SyslogFields
{
    SyslogFields() = default;
    SyslogFields(SyslogFields &&) noexcept = default;
    SyslogFields &operator=(SyslogFields &&) noexcept = default;
    SyslogFields(const SyslogFields &) = delete;
    SyslogFields &operator=(const SyslogFields &) = delete;

    QByteArray raw;            // as SyslogMessage::raw
    QString text;              // the line decoded; the views below point into it
    bool textIsAscii = false;  // text is raw's first bytes, widened one for one
    bool parsed = false;
    unsigned flags = 0;
    QString error;

    int pri = -1;
    int facility = -1;
    int severity = -1;

    QStringView host;
    QString os;                // one of the parser's names, shared
    QStringView tag;           // into text, or a rule's replacement tag
    QString kind;              // a rule's, shared
    QStringView date;
    QStringView time;
    QDateTime timestamp;
    bool zoneFromLine = false;
    bool yearInferred = false;
    QStringView message;
    QStringView process;
    QStringView pid;
    QStringView sequence;
    QStringView nodeId;
    // Names are the rules' (shared); values point into text or into a rule's fixed values.
    QVarLengthArray<std::pair<QString, QStringView>, 6> values;

    [[nodiscard]] bool hasFlag(ParseFlag f) const { return (flags & unsigned(f)) != 0; }
    [[nodiscard]] QStringView value(QStringView key) const;
    [[nodiscard]] bool hasValue(QStringView key) const;
    // The UTF-8 of a view into text, as the bytes of raw it was decoded from: for a caller
    // that stores UTF-8, a copy instead of a conversion. Null when the line is not ASCII or
    // the view is not into text (a rule's replacement tag, say).
    [[nodiscard]] QByteArrayView rawBytesOf(QStringView view) const;
    // The same line as a self-contained value.
    [[nodiscard]] SyslogMessage toMessage() const;
};

} // namespace nocdesk::syslog
