#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>

struct pcre2_real_code_16; // pcre2.h's pcre2_code_16, kept out of this header

namespace nocdesk::syslog {

// A rule's regular expression, compiled and matched by PCRE2 itself: the engine
// QRegularExpression wraps, with the same UTF-16 pattern syntax and the same options (PCRE2_UTF,
// JIT-compiled).
//
// Why not QRegularExpression: for every match it creates and frees a PCRE2 match context and
// match data and allocates a match object, and each captured view costs about 200
// instructions. The intake matches once per line, and that wrapping cost more than the JIT
// match itself. Here each thread keeps one match data and one JIT stack for every pattern,
// and the captures are read straight from PCRE2's offsets.
//
// Compiled once, then read-only: one pattern may be matched from several threads at once.
class SyslogPattern
{
public:
    // Every group's text after a match, as views into the subject; index 0 is the whole
    // match; a group that took no part is a null view.
    using Groups = QVarLengthArray<QStringView, 16>;

    SyslogPattern() = default;
    explicit SyslogPattern(const QString &pattern);

    [[nodiscard]] bool isValid() const { return bool(m_code); }
    // PCRE2's message and the offset in the pattern where compiling stopped (invalid only).
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qsizetype errorOffset() const { return m_errorOffset; }
    // Group number -> its name; empty for unnamed groups and for 0, the whole match.
    [[nodiscard]] const QStringList &groupNames() const { return m_groupNames; }

    // Whether the pattern matches somewhere in subject (it is anchored only if it says "^").
    // subject must be valid UTF-16, without lone surrogates: it is not checked again (the
    // parser decodes and checks each line once). A match PCRE2 cannot finish within its
    // limits (a pathological pattern on a long line) counts as no match.
    [[nodiscard]] bool match(QStringView subject, Groups *groups) const;

private:
    std::shared_ptr<pcre2_real_code_16> m_code;
    quint32 m_captureCount = 0;
    bool m_jit = false;
    QStringList m_groupNames;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

} // namespace nocdesk::syslog
