#pragma once

#include "syslogmessage.h"
#include "syslogparseroptions.h"
#include "syslogrules.h"

#include <QByteArray>
#include <QStringView>

namespace nocdesk::syslog {

// Turns one syslog line into a SyslogMessage: header (PRI, RFC 3164/5424 time and host),
// vendor and vendor code, then the rules' kind and key values. Never throws; bad input comes
// back with parsed == false and the raw bytes kept. Const and reentrant once built: one
// parser can serve several threads.
class SyslogParser
{
public:
    explicit SyslogParser(SyslogRuleSet rules = SyslogRuleSet::defaults(), ParserOptions options = {});

    [[nodiscard]] SyslogMessage parse(const QByteArray &line) const;
    // For callers that already hold text; raw becomes its UTF-8 encoding.
    [[nodiscard]] SyslogMessage parseText(QStringView line) const;
    // The same as parse(), the fields left as views into the line: for a caller that keeps
    // only some of them (the intake), so the others are never copied. The result must not
    // outlive this parser.
    [[nodiscard]] SyslogFields fields(const QByteArray &line) const;

    [[nodiscard]] const SyslogRuleSet &rules() const { return m_rules; }
    [[nodiscard]] const ParserOptions &options() const { return m_options; }
    void setOptions(const ParserOptions &options);

private:
    // Whether the caller already knows the line has control characters (other than tabs).
    enum class Controls { Unknown, Absent, Present };
    void parseDecoded(QStringView text, SyslogFields *msg, Controls controls = Controls::Unknown) const;
    void detectVendor(QStringView body, const struct SyslogHeader &header, SyslogFields *msg) const;
    void applyRules(SyslogFields *msg) const;

    SyslogRuleSet m_rules;
    ParserOptions m_options;
    bool m_zoneFixed = true;
    int m_zoneOffset = 0;
};

} // namespace nocdesk::syslog
