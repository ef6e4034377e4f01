#include "syslogscan.h"

namespace nocdesk::syslog::scan {

namespace {

constexpr bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
constexpr bool isUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
constexpr bool isLower(char16_t c) { return c >= u'a' && c <= u'z'; }
constexpr bool isAlpha(char16_t c) { return isUpper(c) || isLower(c); }
constexpr bool isWord(char16_t c) { return isAlpha(c) || isDigit(c) || c == u'_'; }

char16_t at(QStringView s, qsizetype i) { return i < s.size() ? s[i].unicode() : u'\0'; }

// "[digits]" at p: the digits, with p moved past the ']'. Absent: true, nothing read. Malformed
// (no digits, no closing bracket): false.
bool bracketedNumber(QStringView s, qsizetype &p, QStringView *number)
{
    if (at(s, p) != u'[')
        return true;
    qsizetype q = p + 1;
    while (isDigit(at(s, q)))
        ++q;
    if (q == p + 1 || at(s, q) != u']')
        return false;
    *number = s.mid(p + 1, q - p - 1);
    p = q + 1;
    return true;
}

qsizetype skipSpaces(QStringView s, qsizetype p)
{
    while (p < s.size() && s[p] == u' ')
        ++p;
    return p;
}

// Cisco code at p (after an optional '%'); fills facility/severity/mnemonic and the end.
bool ciscoCodeAt(QStringView s, qsizetype p, CiscoCode *out)
{
    if (at(s, p) == u'%')
        ++p;
    const qsizetype begin = p;
    if (!isUpper(at(s, p)))
        return false;
    qsizetype e = p;
    while (e < s.size() && (isWord(s[e].unicode()) || s[e] == u'-'))
        ++e;
    // token = FAC(-SUB)*-SEV-MNEM ; MNEM is the last part, SEV the one before it.
    const QStringView token = s.mid(begin, e - begin);
    const qsizetype lastDash = token.lastIndexOf(u'-');
    if (lastDash < 3)
        return false;
    const qsizetype sevDash = lastDash - 2;
    if (token[sevDash] != u'-' || !isDigit(token[sevDash + 1].unicode()) || token[sevDash + 1] > u'7')
        return false;
    const QStringView mnemonic = token.mid(lastDash + 1);
    if (mnemonic.isEmpty() || !(isUpper(mnemonic[0].unicode()) || isDigit(mnemonic[0].unicode())))
        return false;
    for (QChar c : mnemonic) {
        if (!(isUpper(c.unicode()) || isDigit(c.unicode()) || c == u'_'))
            return false;
    }
    const QStringView facility = token.left(sevDash);
    // First part upper-case word, further parts any word characters, none empty.
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= facility.size(); ++i) {
        if (i == facility.size() || facility[i] == u'-') {
            if (i == partStart)
                return false;
            partStart = i + 1;
            continue;
        }
        const char16_t c = facility[i].unicode();
        if (partStart == 0 ? !(isUpper(c) || isDigit(c) || c == u'_') : !isWord(c))
            return false;
    }
    qsizetype q = e;
    bool spaceColon = false;
    if (at(s, q) == u' ' && at(s, q + 1) == u':') {
        spaceColon = true;
        q += 2;
    } else if (at(s, q) == u':') {
        ++q;
    } else {
        return false;
    }
    if (at(s, q) == u' ')
        ++q;
    out->facility = facility;
    out->severity = token.mid(sevDash + 1, 1);
    out->mnemonic = mnemonic;
    out->code = token;
    out->spaceBeforeColon = spaceColon;
    out->end = q;
    return true;
}

} // namespace

bool process(QStringView s, Process *out)
{
    const char16_t c0 = at(s, 0);
    if (!(isAlpha(c0) || c0 == u'/'))
        return false;
    qsizetype p = 1;
    while (p < s.size()) {
        const char16_t c = s[p].unicode();
        if (isWord(c) || c == u'.' || c == u'-' || c == u'/')
            ++p;
        else
            break;
    }
    const qsizetype nameEnd = p;
    QStringView pid;
    if (!bracketedNumber(s, p, &pid))
        return false;
    if (at(s, p) != u':' || at(s, p + 1) != u' ')
        return false;
    out->name = s.left(nameEnd);
    out->pid = pid;
    out->end = skipSpaces(s, p + 1);
    return true;
}

bool cisco(QStringView s, CiscoCode *out)
{
    Process proc;
    if (process(s, &proc) && ciscoCodeAt(s, proc.end, out)) {
        out->process = proc.name;
        out->pid = proc.pid;
        return true;
    }
    out->process = {};
    out->pid = {};
    return ciscoCodeAt(s, 0, out);
}

bool huawei(QStringView s, HuaweiCode *out)
{
    qsizetype p = 0;
    if (at(s, 0) == u'%' && at(s, 1) == u'%')
        p = 2;
    const qsizetype begin = p;
    if (isDigit(at(s, p)) && isDigit(at(s, p + 1)))
        p += 2;
    if (!isUpper(at(s, p)))
        return false;
    while (isUpper(at(s, p)) || isDigit(at(s, p)) || at(s, p) == u'_')
        ++p;
    if (at(s, p) != u'/' || !isDigit(at(s, p + 1)) || at(s, p + 1) > u'7' || at(s, p + 2) != u'/')
        return false;
    p += 3;
    const qsizetype nameBegin = p;
    while (isWord(at(s, p)))
        ++p;
    if (p == nameBegin)
        return false;
    const qsizetype codeEnd = p;
    if (at(s, p) == u'(') {
        qsizetype q = p + 1;
        while (isLower(at(s, q)))
            ++q;
        if (q == p + 1 || at(s, q) != u')')
            return false;
        p = q + 1;
    }
    QStringView seq;
    if (!bracketedNumber(s, p, &seq))
        return false;
    if (at(s, p) != u':')
        return false;
    out->code = s.mid(begin, codeEnd - begin);
    out->sequence = seq;
    out->end = skipSpaces(s, p + 1);
    return true;
}

bool pfe(QStringView s, Process *out)
{
    static const char16_t *const prefixes[] = {u"fpc", u"pic", u"feb", u"afeb", u"tfeb", u"mic", u"lcc", u"spc"};
    for (const char16_t *prefix : prefixes) {
        const QStringView pv(prefix);
        if (!s.startsWith(pv))
            continue;
        qsizetype p = pv.size();
        if (!isDigit(at(s, p)))
            continue;
        while (isDigit(at(s, p)))
            ++p;
        if (at(s, p) != u' ')
            return false;
        const QStringView name = s.left(p);
        qsizetype q = p + 1;
        if (s.mid(q).startsWith(name) && at(s, q + name.size()) == u' ')
            p = q + name.size();
        out->name = name;
        out->pid = {};
        out->end = skipSpaces(s, p);
        return true;
    }
    return false;
}

namespace {

// UPPER[_UPPER...] or lower[_lower...]+ at p; returns its end or -1.
qsizetype codeEnd(QStringView s, qsizetype p, bool upper)
{
    auto ok = [upper](char16_t c) { return upper ? (isUpper(c) || isDigit(c)) : (isLower(c) || isDigit(c)); };
    const char16_t c0 = at(s, p);
    if (!(upper ? isUpper(c0) : isLower(c0)))
        return -1;
    qsizetype e = p + 1;
    int underscores = 0;
    while (true) {
        while (ok(at(s, e)))
            ++e;
        if (at(s, e) == u'_' && ok(at(s, e + 1))) {
            ++underscores;
            ++e;
            continue;
        }
        break;
    }
    if (!upper && underscores == 0)
        return -1;
    return e;
}

// After a code: optional ":digits", then ':' and spaces. Returns the text start or -1.
qsizetype afterCode(QStringView s, qsizetype e)
{
    if (at(s, e) == u':' && isDigit(at(s, e + 1))) {
        qsizetype q = e + 1;
        while (isDigit(at(s, q)))
            ++q;
        if (at(s, q) == u':')
            e = q;
    }
    if (e == s.size())
        return e; // the line is only the code ("UI_CHILD_START")
    if (at(s, e) != u':')
        return -1;
    return skipSpaces(s, e + 1);
}

} // namespace

bool junosTag(QStringView s, QStringView *tag, qsizetype *end)
{
    // "dcpfe: JPRDS_NH:..." — a lower-case daemon before an upper-case code
    qsizetype start = 0;
    if (isLower(at(s, 0))) {
        qsizetype q = 1;
        while (isWord(at(s, q)) || at(s, q) == u'-')
            ++q;
        if (at(s, q) == u':' && at(s, q + 1) == u' ' && isUpper(at(s, q + 2)))
            start = q + 2;
    }
    for (qsizetype from : {start, qsizetype(0)}) {
        const qsizetype e = codeEnd(s, from, true);
        if (e > 0) {
            const qsizetype text = afterCode(s, e);
            if (text >= 0) {
                *tag = s.mid(from, e - from);
                *end = text;
                return true;
            }
        }
        if (from == 0)
            break;
    }
    const qsizetype e = codeEnd(s, 0, false);
    if (e > 0) {
        const qsizetype text = afterCode(s, e);
        if (text >= 0) {
            *tag = s.left(e);
            *end = text;
            return true;
        }
    }
    return false;
}

} // namespace nocdesk::syslog::scan
