#include "syslogpattern.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace nocdesk::syslog {

namespace {

// Qt gives a JIT stack of 32 KiB that may grow to 512 KiB; a little more room here, since a
// rule runs on lines of up to 64 KiB.
constexpr size_t JitStackStart = 32 * 1024;
constexpr size_t JitStackMax = 1024 * 1024;

// What one thread reuses for every match: made on its first match, freed when it ends.
class ThreadMatchState
{
public:
    ThreadMatchState()
        : m_context(pcre2_match_context_create(nullptr))
        , m_stack(pcre2_jit_stack_create(JitStackStart, JitStackMax, nullptr))
    {
        if (m_context && m_stack)
            pcre2_jit_stack_assign(m_context, nullptr, m_stack);
    }
    ~ThreadMatchState()
    {
        pcre2_match_data_free(m_data);
        pcre2_jit_stack_free(m_stack);
        pcre2_match_context_free(m_context);
    }
    ThreadMatchState(const ThreadMatchState &) = delete;
    ThreadMatchState &operator=(const ThreadMatchState &) = delete;

    pcre2_match_context *context() const { return m_context; }
    // Room for `pairs` offset pairs; grown, never shrunk, so it settles on the rule set's
    // largest pattern.
    pcre2_match_data *data(quint32 pairs)
    {
        if (pairs > m_pairs) {
            pcre2_match_data_free(m_data);
            m_data = pcre2_match_data_create(pairs, nullptr);
            m_pairs = m_data ? pairs : 0;
        }
        return m_data;
    }

private:
    pcre2_match_context *m_context = nullptr;
    pcre2_jit_stack *m_stack = nullptr;
    pcre2_match_data *m_data = nullptr;
    quint32 m_pairs = 0;
};

ThreadMatchState &threadState()
{
    thread_local ThreadMatchState state;
    return state;
}

QStringList namesOf(const pcre2_code *code, quint32 captureCount)
{
    QStringList names(qsizetype(captureCount) + 1);
    quint32 count = 0;
    quint32 entrySize = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    // Each entry: the group number in one code unit, then the name, NUL-terminated.
    for (quint32 i = 0; i < count; ++i) {
        const PCRE2_SPTR entry = table + size_t(i) * entrySize;
        const quint32 group = entry[0];
        if (group < captureCount + 1)
            names[group] = QString::fromUtf16(reinterpret_cast<const char16_t *>(entry + 1));
    }
    return names;
}

} // namespace

SyslogPattern::SyslogPattern(const QString &pattern)
{
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                                     PCRE2_UTF, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        const int length = pcre2_get_error_message(errorCode, message, std::size(message));
        m_error = length > 0 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(message), length)
                             : QString::number(errorCode);
        m_errorOffset = qsizetype(errorOffset);
        return;
    }
    m_code.reset(code, pcre2_code_free);
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &m_captureCount);
    m_groupNames = namesOf(code, m_captureCount);
    // Without JIT code (a platform PCRE2 cannot JIT on, or a pattern saying (*NO_JIT), where
    // pcre2_jit_compile() still succeeds) the interpreter matches the same.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    size_t jitSize = 0;
    m_jit = pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jitSize) == 0 && jitSize > 0;
}

bool SyslogPattern::match(QStringView subject, Groups *groups) const
{
    if (!m_code)
        return false;
    ThreadMatchState &state = threadState();
    const quint32 pairs = m_captureCount + 1;
    pcre2_match_data *data = state.data(pairs);
    if (!data)
        return false;
    const auto text = reinterpret_cast<PCRE2_SPTR>(subject.utf16());
    const auto length = PCRE2_SIZE(subject.size());
    const int rc = m_jit ? pcre2_jit_match(m_code.get(), text, length, 0, 0, data, state.context())
                         : pcre2_match(m_code.get(), text, length, 0, PCRE2_NO_UTF_CHECK, data, state.context());
    if (rc <= 0) // no match, or a limit reached (0 cannot happen: the data has room for every group)
        return false;
    const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer(data);
    groups->resize(qsizetype(pairs));
    for (quint32 i = 0; i < pairs; ++i) {
        const PCRE2_SIZE start = offsets[2 * i];
        const PCRE2_SIZE end = offsets[2 * i + 1];
        // Groups past the last one that matched are unset; \K can put a start after its end.
        if (i >= quint32(rc) || start == PCRE2_UNSET || end < start)
            (*groups)[i] = QStringView();
        else
            (*groups)[i] = subject.sliced(qsizetype(start), qsizetype(end - start));
    }
    return true;
}

} // namespace nocdesk::syslog
