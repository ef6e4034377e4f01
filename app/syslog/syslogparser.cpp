#include "syslogparser.h"

#include "syslogheader.h"
#include "syslogscan.h"

#include "parsing/ByteScan.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace nocdesk::syslog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nocdesk::syslog::SyslogParser", text);
}

QStringView trimLeft(QStringView v)
{
    qsizetype i = 0;
    while (i < v.size() && (v[i] == u' ' || v[i] == u'\t'))
        ++i;
    return v.mid(i);
}

const QString kIos = QStringLiteral("ios");
const QString kNxos = QStringLiteral("nxos");
const QString kIosXr = QStringLiteral("iosxr");
const QString kEos = QStringLiteral("eos");
const QString kJunos = QStringLiteral("junos");
const QString kHuawei = QStringLiteral("huawei");
const QString kGeneric = QStringLiteral("generic");

void markUnparsed(SyslogFields *msg, ParseFlag flag, const QString &error)
{
    SyslogFields fresh;
    fresh.raw = std::move(msg->raw);
    fresh.flags = msg->flags | unsigned(flag);
    fresh.parsed = false;
    fresh.error = error;
    *msg = std::move(fresh);
}

} // namespace

SyslogParser::SyslogParser(SyslogRuleSet rules, ParserOptions options)
    : m_rules(std::move(rules))
{
    setOptions(options);
}

void SyslogParser::setOptions(const ParserOptions &options)
{
    m_options = options;
    m_zoneFixed = !m_options.assumedZone.isValid() || !m_options.assumedZone.hasTransitions();
    if (!m_options.assumedZone.isValid())
        m_options.assumedZone = QTimeZone::utc();
    m_zoneOffset = m_zoneFixed ? m_options.assumedZone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)) : 0;
}

SyslogMessage SyslogParser::parse(const QByteArray &line) const
{
    return fields(line).toMessage();
}

SyslogFields SyslogParser::fields(const QByteArray &line) const
{
    SyslogFields msg;
    QByteArrayView bytes(line);
    bool truncated = false;
    if (bytes.size() > SyslogMessage::MaxLineBytes) {
        bytes = bytes.first(SyslogMessage::MaxLineBytes);
        truncated = true;
    }
    msg.raw = truncated ? bytes.toByteArray() : line; // shares the caller's buffer
    if (truncated) {
        markUnparsed(&msg, ParseFlag::Truncated,
                     tr("The line is longer than %1 bytes; it was cut there and not parsed.")
                         .arg(SyslogMessage::MaxLineBytes));
        return msg;
    }
    while (!bytes.isEmpty() && (bytes.back() == '\n' || bytes.back() == '\r' || bytes.back() == '\0'))
        bytes.chop(1);
    bool high = false;
    bool control = false;
    scanBytes(bytes, [](char c) { return c != '\t'; }, &control, &high);
    if (!high) { // ASCII; Latin-1 decoding of it is exact and cheaper
        msg.text = QString::fromLatin1(bytes);
        msg.textIsAscii = true;
        parseDecoded(msg.text, &msg, control ? Controls::Present : Controls::Absent);
        return msg;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    msg.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        markUnparsed(&msg, ParseFlag::InvalidUtf8, tr("The line is not valid UTF-8."));
        return msg;
    }
    parseDecoded(msg.text, &msg);
    return msg;
}

SyslogMessage SyslogParser::parseText(QStringView line) const
{
    // Through the bytes, so the text the rules see has been checked once: a lone surrogate in
    // the caller's string becomes '?' here (QString::toUtf8()).
    return parse(line.toUtf8());
}

void SyslogParser::parseDecoded(QStringView text, SyslogFields *msg, Controls controls) const
{
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text = text.mid(1);
    if (text.trimmed().isEmpty()) {
        markUnparsed(msg, ParseFlag::Empty, tr("The line is empty."));
        return;
    }
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 && c != u'\t'; };
    if (controls == Controls::Present
        || (controls == Controls::Unknown && std::any_of(text.cbegin(), text.cend(), isControl))) {
        markUnparsed(msg, ParseFlag::ControlCharacters, tr("The line contains control characters; it is not a syslog message."));
        return;
    }
    HeaderContext context;
    context.options = &m_options;
    context.nowSecs = m_options.referenceNow.isValid() ? m_options.referenceNow.toSecsSinceEpoch()
                                                       : QDateTime::currentSecsSinceEpoch();
    context.assumedZoneIsFixed = m_zoneFixed;
    context.assumedOffsetSecs = m_zoneOffset;
    const SyslogHeader h = SyslogHeaderParser::parse(text, context);
    if (h.badPri) {
        markUnparsed(msg, ParseFlag::BadPri, tr("The line starts with '<' but has no valid priority (0-191)."));
        return;
    }
    msg->pri = h.pri;
    if (h.pri >= 0) {
        msg->facility = h.pri >> 3;
        msg->severity = h.pri & 7;
    }
    msg->host = h.host;
    msg->nodeId = h.nodeId;
    msg->sequence = h.sequence;
    msg->date = h.date;
    msg->time = h.time;
    msg->timestamp = h.timestamp;
    msg->zoneFromLine = h.zoneFromLine;
    msg->yearInferred = h.yearInferred;

    detectVendor(trimLeft(text.mid(h.bodyOffset)), h, msg);
    applyRules(msg);

    // Junos on dual routing engines: the hostname carries the engine ("re0-gw2", "re1.edge").
    if (msg->os == kJunos && msg->host.size() > 4 && msg->host.startsWith(QLatin1String("re"))
        && (msg->host[2] == u'0' || msg->host[2] == u'1') && (msg->host[3] == u'.' || msg->host[3] == u'-')) {
        msg->host = msg->host.mid(4);
    }

    const bool recognised = h.pri >= 0 || h.hasTimestamp || msg->os != kGeneric || !msg->kind.isEmpty();
    if (!recognised) {
        markUnparsed(msg, ParseFlag::NoHeader,
                     tr("No syslog header and no known vendor format was found."));
        return;
    }
    msg->parsed = true;
}

void SyslogParser::detectVendor(QStringView body, const SyslogHeader &h, SyslogFields *msg) const
{
    const bool rfc5424 = h.format == SyslogHeader::Format::Rfc5424;
    if (rfc5424) {
        msg->process = h.appName;
        msg->pid = h.procId;
    }

    scan::HuaweiCode hw;
    if (scan::huawei(body, &hw)) {
        msg->os = kHuawei;
        msg->tag = hw.code;
        if (!hw.sequence.isEmpty() && msg->pid.isEmpty())
            msg->pid = hw.sequence;
        msg->message = body.mid(hw.end).trimmed();
        return;
    }

    scan::CiscoCode cc;
    if (scan::cisco(body, &cc)) {
        if (!cc.process.isEmpty()) {
            msg->process = cc.process;
            msg->pid = cc.pid;
        }
        msg->tag = cc.code;
        // IOS-XR names the node and the process with its pid; NX-OS puts the year first; EOS
        // names the agent without a pid; IOS/IOS-XE sends the bare mnemonic.
        if (!h.nodeId.isEmpty() || !cc.pid.isEmpty()) {
            msg->os = kIosXr;
        } else if (h.yearFirst) {
            msg->os = kNxos;
        } else if (!cc.process.isEmpty()) {
            msg->os = kEos;
        } else {
            const QString hinted = m_rules.osForFacility(cc.facility);
            if (!hinted.isEmpty())
                msg->os = hinted;
            else if (cc.spaceBeforeColon && cc.facility.contains(u'-'))
                msg->os = kIosXr;
            else
                msg->os = kIos;
        }
        msg->message = body.mid(cc.end).trimmed();
        return;
    }

    // Junos and everything else: [process[pid]: ][TAG: ]text
    QStringView rest = body;
    bool pfe = false;
    if (!rfc5424) {
        scan::Process proc;
        if (scan::process(rest, &proc)) {
            msg->process = proc.name;
            msg->pid = proc.pid;
            rest = rest.mid(proc.end);
        } else if (scan::pfe(rest, &proc)) {
            msg->process = proc.name;
            pfe = true;
            rest = rest.mid(proc.end);
        }
    }
    QStringView tag;
    qsizetype textStart = 0;
    if (rfc5424 && !h.msgId.isEmpty()) {
        msg->tag = h.msgId;
    } else if (scan::junosTag(rest, &tag, &textStart)) {
        msg->tag = tag;
        rest = rest.mid(textStart);
    } else {
        msg->tag = msg->process;
    }
    msg->message = rest.trimmed();

    QString os;
    if (rfc5424 && h.structuredData.contains(QLatin1String("@2636"))) // Juniper's enterprise number
        os = kJunos;
    if (os.isEmpty() && !msg->process.isEmpty())
        os = m_rules.osForProcess(msg->process);
    if (os.isEmpty() && pfe)
        os = kJunos;
    if (os.isEmpty() && !msg->tag.isEmpty()) {
        const qsizetype us = msg->tag.indexOf(u'_');
        if (us > 0)
            os = m_rules.osForTagPrefix(msg->tag.left(us));
    }
    msg->os = os.isEmpty() ? kGeneric : os;
}

void SyslogParser::applyRules(SyslogFields *msg) const
{
    SyslogPattern::Groups groups;
    const SyslogRule *rule = m_rules.find(msg->os, msg->tag, msg->message, &groups);
    if (!rule)
        return;
    // The captures are views into the message, and so into the line.
    const QStringList &names = rule->pattern.groupNames();
    for (qsizetype i = 1; i < groups.size() && i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name.isEmpty())
            continue;
        const QStringView v = groups.at(i).trimmed();
        if (!v.isEmpty() && !msg->hasValue(name))
            msg->values.append({name, v});
    }
    for (const auto &kv : rule->staticValues) {
        if (!msg->hasValue(kv.first))
            msg->values.append({kv.first, QStringView(kv.second)});
    }
    msg->kind = rule->kind;
    if (!rule->kindBy.isEmpty()) {
        const QString k = rule->kindMap.value(msg->value(rule->kindBy).toString().toLower());
        if (!k.isEmpty())
            msg->kind = k;
    }
    if (!rule->setTag.isEmpty())
        msg->tag = rule->setTag;
}

} // namespace nocdesk::syslog
