// libFuzzer entry: each input is parsed as one line, line by line, and (when it looks like
// JSON) loaded as a rule file. Run: fuzz_syslog -max_len=70000 corpus_dir
#include "syslog/syslogparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace nocdesk::syslog;

namespace {
const SyslogParser &parser()
{
    static const SyslogParser p = [] {
        ParserOptions o;
        o.referenceNow = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        return SyslogParser(SyslogRuleSet::defaults(), o);
    }();
    return p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SyslogMessage whole = parser().parse(input);
    if (whole.raw.size() > SyslogMessage::MaxLineBytes)
        __builtin_trap();
    (void)whole.toDetailedJson();
    for (const QByteArray &line : input.split('\n')) {
        const SyslogMessage m = parser().parse(line);
        if (!m.parsed && m.error.isEmpty())
            __builtin_trap(); // every unparsed line must say why
        (void)m.toJson();
        // The intake's path: a field taken as the line's own bytes is exactly that field.
        const SyslogFields f = parser().fields(line);
        for (const QStringView v : {f.host, f.tag, f.message, f.value(u"interface"), QStringView(f.os)}) {
            const QByteArrayView bytes = f.rawBytesOf(v);
            if (!bytes.isNull() && QString::fromUtf8(bytes) != v)
                __builtin_trap();
        }
    }
    if (size > 0 && data[0] == '{') {
        SyslogRuleSet rules;
        QString error;
        if (rules.addJson(input, QStringLiteral("fuzz.json"), SyslogRuleSet::OperatorLayer, &error)) {
            const SyslogParser custom(std::move(rules));
            (void)custom.parse(QByteArrayLiteral("<13>Jan  1 00:00:00 h rpd[1]: RPD_X: text"));
        }
    }
    return 0;
}
