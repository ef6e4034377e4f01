#include "syslogheader.h"

#include <QTimeZone>

#include <limits>

namespace nocdesk::syslog {

namespace {

constexpr bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
constexpr bool isAsciiAlpha(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}
constexpr bool isSpace(QChar c) { return c.unicode() == u' ' || c.unicode() == u'\t'; }

QChar at(QStringView s, qsizetype i) { return i < s.size() ? s[i] : QChar(); }

void skipSpaces(QStringView s, qsizetype &p)
{
    while (p < s.size() && isSpace(s[p]))
        ++p;
}

qsizetype tokenEnd(QStringView s, qsizetype p)
{
    while (p < s.size() && !isSpace(s[p]))
        ++p;
    return p;
}

bool readInt(QStringView s, qsizetype &p, int minDigits, int maxDigits, int *out)
{
    qint64 v = 0; // up to 10 digits (sequence numbers) exceed int
    int n = 0;
    qsizetype q = p;
    while (q < s.size() && n < maxDigits && isDigit(s[q])) {
        v = v * 10 + (s[q].unicode() - u'0');
        ++q;
        ++n;
    }
    if (n < minDigits)
        return false;
    p = q;
    *out = int(qMin<qint64>(v, std::numeric_limits<int>::max()));
    return true;
}

// Month names are ASCII: anything else is no month (a QChar cast to char would alias, as
// U+016A to 'j'). Lower-casing by hand: QChar::toLower() looks up Unicode tables, per line.
char asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return char(u + (u'a' - u'A'));
    return u < 0x80 ? char(u) : '\0';
}

int monthFromName(QStringView s, qsizetype p)
{
    if (p + 3 > s.size())
        return 0;
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    const char a = asciiLower(s[p]);
    const char b = asciiLower(s[p + 1]);
    const char c = asciiLower(s[p + 2]);
    for (int m = 0; m < 12; ++m) {
        if (names[m * 3] == a && names[m * 3 + 1] == b && names[m * 3 + 2] == c)
            return m + 1;
    }
    return 0;
}

struct Stamp
{
    int year = -1;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    bool hasZone = false;
    int offsetSecs = 0;
    bool iso = false;
    bool yearFirst = false;
    bool colonTerminated = false;
    qsizetype dateBegin = 0;
    qsizetype dateEnd = 0;
    qsizetype timeBegin = 0;
    qsizetype timeEnd = 0;
};

bool readClock(QStringView s, qsizetype &p, Stamp *st)
{
    qsizetype q = p;
    st->timeBegin = q;
    if (!readInt(s, q, 1, 2, &st->hour) || at(s, q) != u':')
        return false;
    ++q;
    if (!readInt(s, q, 2, 2, &st->minute) || at(s, q) != u':')
        return false;
    ++q;
    if (!readInt(s, q, 2, 2, &st->second))
        return false;
    if (st->hour > 23 || st->minute > 59 || st->second > 60)
        return false;
    st->timeEnd = q;
    // Fractions: ".743", Huawei's ".270.1"; only the first counts.
    bool first = true;
    while (at(s, q) == u'.' && isDigit(at(s, q + 1))) {
        ++q;
        int ms = 0;
        int digits = 0;
        while (q < s.size() && isDigit(s[q])) {
            if (digits < 3)
                ms = ms * 10 + (s[q].unicode() - u'0');
            ++digits;
            ++q;
        }
        for (int d = digits; d < 3; ++d)
            ms *= 10;
        if (first)
            st->msec = ms;
        first = false;
    }
    p = q;
    return true;
}

// "+02:00", "-0500", "Z"
bool readNumericZone(QStringView s, qsizetype &p, Stamp *st)
{
    const QChar c = at(s, p);
    if (c == u'Z' || c == u'z') {
        ++p;
        st->hasZone = true;
        st->offsetSecs = 0;
        return true;
    }
    if (c != u'+' && c != u'-')
        return false;
    qsizetype q = p + 1;
    int hh = 0;
    int mm = 0;
    if (!readInt(s, q, 2, 2, &hh))
        return false;
    if (at(s, q) == u':')
        ++q;
    if (!readInt(s, q, 2, 2, &mm))
        mm = 0;
    if (hh > 14 || mm > 59)
        return false;
    st->hasZone = true;
    st->offsetSecs = (hh * 3600 + mm * 60) * (c == u'-' ? -1 : 1);
    p = q;
    return true;
}

// A timestamp in one of the dialects devices use, starting at p.
bool readStamp(QStringView s, qsizetype &p, Stamp *st)
{
    qsizetype q = p;
    if (at(s, q) == u'*' || at(s, q) == u'.') // Cisco: clock not (or no longer) synchronised
        ++q;
    st->dateBegin = q;
    if (isAsciiAlpha(at(s, q))) {
        st->month = monthFromName(s, q);
        if (st->month == 0 || isAsciiAlpha(at(s, q + 3)))
            return false;
        q += 3;
        if (!isSpace(at(s, q)))
            return false;
        skipSpaces(s, q);
        if (!readInt(s, q, 1, 2, &st->day) || !isSpace(at(s, q)))
            return false;
        st->dateEnd = q;
        skipSpaces(s, q);
        // "Mmm dd yyyy hh:mm:ss" (IOS "service timestamps ... year", Huawei)
        qsizetype y = q;
        int year = 0;
        if (readInt(s, y, 4, 4, &year) && isSpace(at(s, y))) {
            st->year = year;
            st->dateEnd = y;
            q = y;
            skipSpaces(s, q);
        }
        if (!readClock(s, q, st))
            return false;
    } else if (isDigit(at(s, q))) {
        if (!readInt(s, q, 4, 4, &st->year))
            return false;
        if (isSpace(at(s, q))) { // NX-OS: "2018 Apr 20 13:15:07"
            skipSpaces(s, q);
            st->month = monthFromName(s, q);
            if (st->month == 0)
                return false;
            q += 3;
            skipSpaces(s, q);
            if (!readInt(s, q, 1, 2, &st->day) || !isSpace(at(s, q)))
                return false;
            st->dateEnd = q;
            st->yearFirst = true;
            skipSpaces(s, q);
            if (!readClock(s, q, st))
                return false;
        } else if (at(s, q) == u'-') {
            ++q;
            if (!readInt(s, q, 1, 2, &st->month) || at(s, q) != u'-')
                return false;
            ++q;
            if (!readInt(s, q, 1, 2, &st->day))
                return false;
            st->dateEnd = q;
            if (at(s, q) == u'T') {
                st->iso = true;
                ++q;
            } else if (isSpace(at(s, q))) {
                skipSpaces(s, q);
            } else {
                return false;
            }
            if (!readClock(s, q, st))
                return false;
            readNumericZone(s, q, st);
            if (st->iso)
                st->timeEnd = q;
        } else {
            return false;
        }
    } else {
        return false;
    }
    if (st->month < 1 || st->month > 12 || st->day < 1 || st->day > 31)
        return false;
    if (!st->iso && readNumericZone(s, q, st)) {
        // Huawei appends " DST" after the offset when daylight saving is on; the offset
        // already includes it.
        qsizetype r = q;
        skipSpaces(s, r);
        if (s.mid(r).startsWith(QLatin1String("DST")) && (r + 3 >= s.size() || isSpace(s[r + 3])))
            q = r + 3;
    }
    // Zone abbreviation: "... 15:25:53.743 MEST: %LINK..." or "... UTC: bgp[1051]:".
    if (!st->hasZone && isSpace(at(s, q))) {
        qsizetype r = q;
        skipSpaces(s, r);
        qsizetype e = r;
        while (e < s.size() && isAsciiAlpha(s[e]))
            ++e;
        const qsizetype len = e - r;
        bool upper = len >= 1 && len <= 6;
        for (qsizetype k = r; upper && k < e; ++k)
            upper = s[k].unicode() >= u'A' && s[k].unicode() <= u'Z';
        if (upper) {
            int off = 0;
            const bool known = SyslogHeaderParser::zoneOffset(s.mid(r, len), &off);
            const bool colonAfter = at(s, e) == u':';
            if ((known && (colonAfter || isSpace(at(s, e)))) || (upper && colonAfter && len >= 2)) {
                if (known) {
                    st->hasZone = true;
                    st->offsetSecs = off;
                }
                q = e;
            }
        }
    }
    // Cisco ends the stamp with ':' (IOS-XR with " :").
    qsizetype r = q;
    skipSpaces(s, r);
    if (at(s, r) == u':' && (r + 1 >= s.size() || isSpace(s[r + 1]))) {
        st->colonTerminated = true;
        q = r + 1;
    } else if (q < s.size() && !isSpace(s[q])) {
        return false;
    }
    skipSpaces(s, q);
    p = q;
    return true;
}

bool hostLike(QStringView tok)
{
    if (tok.isEmpty() || tok.endsWith(u':') || tok.startsWith(u'%'))
        return false;
    for (const QChar c : tok) { // one pass, not one per character
        if (c == u'[' || c == u'/' || c == u'(' || c == u'=')
            return false;
    }
    return true;
}

qint64 epochSecs(const QDate &d, int hour, int minute, int second, int offsetSecs)
{
    return (d.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60 + second - offsetSecs;
}

QDateTime buildDateTime(const QDate &d, const QTime &t, const Stamp &st, const HeaderContext &c)
{
    if (st.hasZone || c.assumedZoneIsFixed) {
        const int off = st.hasZone ? st.offsetSecs : c.assumedOffsetSecs;
        const qint64 ms = epochSecs(d, t.hour(), t.minute(), t.second(), off) * 1000 + t.msec();
        // Qt::UTC keeps the value inline; an offset spec allocates.
        return off == 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                        : QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, off);
    }
    return QDateTime(d, t, c.options->assumedZone);
}

void finishStamp(QStringView s, const Stamp &st, const HeaderContext &c, SyslogHeader *h)
{
    h->hasTimestamp = true;
    h->yearFirst = st.yearFirst;
    h->date = s.mid(st.dateBegin, st.dateEnd - st.dateBegin);
    h->time = s.mid(st.timeBegin, st.timeEnd - st.timeBegin);
    h->zoneFromLine = st.hasZone;
    const QTime t(st.hour, st.minute, st.second == 60 ? 59 : st.second, st.msec);
    if (st.year > 0) {
        const QDate d(st.year, st.month, st.day);
        if (d.isValid())
            h->timestamp = buildDateTime(d, t, st, c);
        return;
    }
    // No year (RFC 3164): the latest year that does not put the stamp beyond the tolerated
    // future. Going down several years covers Feb 29.
    const qint64 limit = c.nowSecs + c.options->futureToleranceSecs;
    const bool fixed = st.hasZone || c.assumedZoneIsFixed;
    const int off = st.hasZone ? st.offsetSecs : c.assumedOffsetSecs;
    const int nowYear = fixed ? QDate::fromJulianDay((c.nowSecs + off) / 86400 + 2440588).year()
                              : QDateTime::fromSecsSinceEpoch(c.nowSecs, Qt::UTC)
                                    .toTimeZone(c.options->assumedZone)
                                    .date()
                                    .year();
    for (int y = nowYear + 1; y >= nowYear - 8; --y) {
        const QDate d(y, st.month, st.day);
        if (!d.isValid())
            continue;
        const qint64 secs = fixed ? epochSecs(d, t.hour(), t.minute(), t.second(), off)
                                  : buildDateTime(d, t, st, c).toSecsSinceEpoch();
        if (secs <= limit) {
            h->timestamp = buildDateTime(d, t, st, c);
            h->yearInferred = true;
            return;
        }
    }
}

bool parseRfc5424(QStringView s, qsizetype p, const HeaderContext &c, SyslogHeader *h)
{
    // VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]
    if (at(s, p) != u'1' || at(s, p + 1) != u' ')
        return false;
    qsizetype q = p + 2;
    if (at(s, q) == u'-') {
        ++q;
    } else {
        Stamp st;
        qsizetype r = q;
        if (!readStamp(s, r, &st) || !st.iso)
            return false;
        finishStamp(s, st, c, h);
        q = st.timeEnd;
    }
    if (at(s, q) != u' ')
        return false;
    ++q;
    QStringView fields[4];
    for (auto &f : fields) {
        const qsizetype e = tokenEnd(s, q);
        if (e == q)
            return false;
        f = s.mid(q, e - q);
        q = e;
        if (at(s, q) != u' ')
            return false;
        ++q;
    }
    auto nil = [](QStringView v) { return v == u"-" ? QStringView() : v; };
    h->host = nil(fields[0]);
    h->appName = nil(fields[1]);
    h->procId = nil(fields[2]);
    h->msgId = nil(fields[3]);
    const qsizetype sdBegin = q;
    if (at(s, q) == u'-') {
        ++q;
    } else if (at(s, q) == u'[') {
        while (at(s, q) == u'[') {
            bool inQuote = false;
            ++q;
            while (q < s.size()) {
                const QChar c = s[q];
                if (inQuote && c == u'\\') {
                    q += 2;
                    continue;
                }
                if (c == u'"')
                    inQuote = !inQuote;
                else if (c == u']' && !inQuote)
                    break;
                ++q;
            }
            if (q >= s.size())
                return false;
            ++q;
        }
        h->structuredData = s.mid(sdBegin, q - sdBegin);
    } else {
        return false;
    }
    if (at(s, q) == u' ')
        ++q;
    if (at(s, q) == QChar(0xFEFF))
        ++q;
    h->format = SyslogHeader::Format::Rfc5424;
    h->bodyOffset = q;
    return true;
}

} // namespace

bool SyslogHeaderParser::zoneOffset(QStringView z, int *offsetSecs)
{
    struct Zone { QStringView name; int minutes; };
    static constexpr Zone zones[] = {
        {u"UTC", 0}, {u"GMT", 0}, {u"UT", 0}, {u"Z", 0}, {u"WET", 0}, {u"WEST", 60}, {u"BST", 60},
        {u"CET", 60}, {u"MET", 60}, {u"CEST", 120}, {u"MEST", 120}, {u"MESZ", 120}, {u"MEZ", 60},
        {u"EET", 120}, {u"EEST", 180}, {u"MSK", 180}, {u"EST", -300}, {u"EDT", -240},
        {u"CST", -360}, {u"CDT", -300}, {u"MST", -420}, {u"MDT", -360}, {u"PST", -480},
        {u"PDT", -420}, {u"AKST", -540}, {u"AKDT", -480}, {u"HST", -600}, {u"JST", 540},
        {u"KST", 540}, {u"HKT", 480}, {u"SGT", 480}, {u"AWST", 480}, {u"ACST", 570},
        {u"ACDT", 630}, {u"AEST", 600}, {u"AEDT", 660}, {u"NZST", 720}, {u"NZDT", 780},
    };
    if (z.size() > 4)
        return false;
    for (const auto &zone : zones) {
        if (zone.name.size() == z.size() && z.compare(zone.name, Qt::CaseInsensitive) == 0) {
            *offsetSecs = zone.minutes * 60;
            return true;
        }
    }
    return false;
}

SyslogHeader SyslogHeaderParser::parse(QStringView s, const HeaderContext &c)
{
    SyslogHeader h;
    qsizetype p = 0;
    skipSpaces(s, p);
    if (at(s, p) == u'<') {
        qsizetype q = p + 1;
        int pri = 0;
        if (!readInt(s, q, 1, 3, &pri) || at(s, q) != u'>' || pri > 191) {
            h.badPri = true;
            return h;
        }
        h.pri = pri;
        p = q + 1;
        if (parseRfc5424(s, p, c, &h))
            return h;
        h = SyslogHeader(); // forget what the failed RFC 5424 attempt filled in
        h.pri = pri;
    }
    h.format = h.pri >= 0 ? SyslogHeader::Format::Rfc3164 : SyslogHeader::Format::None;

    // An empty origin id (": 2019 Dec 11 ...", NX-OS without a hostname)
    if (at(s, p) == u':' && isSpace(at(s, p + 1)))
        skipSpaces(s, ++p);

    // Cisco sequence number "1179: " (a relay may add a second counter: "1347642: 1347640: ")
    for (int i = 0; i < 2; ++i) {
        qsizetype q = p;
        int dummy = 0;
        if (!readInt(s, q, 1, 10, &dummy) || at(s, q) != u':' || !isSpace(at(s, q + 1)))
            break;
        if (h.sequence.isEmpty())
            h.sequence = s.mid(p, q - p);
        p = q + 1;
        skipSpaces(s, p);
    }

    Stamp st;
    qsizetype q = p;
    bool haveStamp = readStamp(s, q, &st);
    if (!haveStamp) {
        const qsizetype e = tokenEnd(s, p);
        const QStringView tok = s.mid(p, e - p);
        qsizetype r = e;
        skipSpaces(s, r);
        if (tok.size() > 1 && tok.endsWith(u':')) {
            // "host: date: ..." (Cisco "logging origin-id hostname", NX-OS)
            Stamp st2;
            qsizetype r2 = r;
            if (readStamp(s, r2, &st2)) {
                h.host = tok.chopped(1);
                h.hostBeforeDate = true;
                st = st2;
                q = r2;
                haveStamp = true;
            }
        } else if (const qsizetype c0 = tok.indexOf(u':'); c0 > 0 && tok.left(c0).contains(u'/')) {
            // IOS-XR without a hostname: "RP/0/RSP0/CPU0:Oct 19 20:29:37.103 : ..."
            Stamp st2;
            qsizetype r2 = p + c0 + 1;
            if (readStamp(s, r2, &st2)) {
                h.nodeId = tok.left(c0);
                st = st2;
                q = r2;
                haveStamp = true;
            }
        } else if (hostLike(tok)) {
            // IOS-XR: "host RP/0/RSP0/CPU0:Mar 28 15:08:30.941 UTC: ..."
            const qsizetype e2 = tokenEnd(s, r);
            const QStringView tok2 = s.mid(r, e2 - r);
            const qsizetype colon = tok2.indexOf(u':');
            if (colon > 0 && tok2.left(colon).contains(u'/')) {
                Stamp st2;
                qsizetype r2 = r + colon + 1;
                if (readStamp(s, r2, &st2)) {
                    h.host = tok;
                    h.nodeId = tok2.left(colon);
                    st = st2;
                    q = r2;
                    haveStamp = true;
                }
            }
        }
    }
    if (!haveStamp) {
        h.bodyOffset = p;
        return h;
    }
    p = q;
    finishStamp(s, st, c, &h);
    if (h.host.isEmpty() && !st.colonTerminated) {
        const qsizetype e = tokenEnd(s, p);
        const QStringView tok = s.mid(p, e - p);
        qsizetype r = e;
        skipSpaces(s, r);
        if (hostLike(tok) && r < s.size()) {
            h.host = tok;
            p = r;
            // A relay that prepends its own header: the device's stamp and name follow.
            Stamp inner;
            qsizetype r2 = p;
            if (readStamp(s, r2, &inner)) {
                const qsizetype e2 = tokenEnd(s, r2);
                const QStringView tok2 = s.mid(r2, e2 - r2);
                qsizetype r3 = e2;
                skipSpaces(s, r3);
                if (hostLike(tok2) && r3 < s.size() && !inner.colonTerminated) {
                    h.host = tok2;
                    h.date = {};
                    h.time = {};
                    h.timestamp = QDateTime();
                    h.yearInferred = false;
                    finishStamp(s, inner, c, &h);
                    p = r3;
                }
            }
        }
    }
    h.bodyOffset = p;
    return h;
}

} // namespace nocdesk::syslog
