#include "TimeParsing.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <mutex>

static void initTzResource()
{
    Q_INIT_RESOURCE(nocdesk_tz);
}

namespace nocdesk::parsing {

namespace {

const QRegularExpression &reTime()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\d:])(\d{1,2})(?::|\.(?=\d\d\s*(?:[AaPp]\.?[Mm]|[A-Za-z]{2,5}\b|$)))(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp])?\.?(?:[Mm]\.?)?(?![\w]))"));
    return re;
}
const QRegularExpression &reTimeCompact()
{
    // "0400 GMT", "2200hrs": four digits directly followed by a zone or "hrs"
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\d:])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?\b|(?=\s*(?:UTC|GMT|Z\b))))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reIsoDate()
{
    static const QRegularExpression re(QStringLiteral(R"((?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"));
    return re;
}
const QRegularExpression &reIsoCompact()
{
    static const QRegularExpression re(QStringLiteral(R"((?<!\d)(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)?)"));
    return re;
}
const QRegularExpression &reNumDate()
{
    static const QRegularExpression re(QStringLiteral(R"((?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d))"));
    return re;
}
const QRegularExpression &reDayMonthYear()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*(?:of\s+)?([A-Za-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})(?![\d:]))"));
    return re;
}
const QRegularExpression &reMonthDayYear()
{
    static const QRegularExpression re(QStringLiteral(
        R"(\b([A-Za-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|[\s\-/.]+)(\d{4})(?!\d))"));
    return re;
}
const QRegularExpression &reOffset()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:\b(?:UTC|GMT)\s*)?(?<![\w:])([+-])\s?(\d{1,2})(?::?(\d{2}))?(?!\d))"));
    return re;
}
const QRegularExpression &reWord()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z]+(?:/[A-Za-z_]+)+|[A-Za-z]+)"));
    return re;
}

int monthFromName(const QString &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.toLower();
    if (n.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (n.startsWith(QLatin1String(names[i]))) {
            static const char *const full[] = {"january", "february", "march", "april", "may", "june",
                                               "july", "august", "september", "october", "november", "december"};
            const QLatin1String f(full[i]);
            if (n.size() == 3 || f.startsWith(n) || n == QLatin1String("sept"))
                return i + 1;
        }
    }
    return 0;
}

int fullYear(int y)
{
    return y < 100 ? 2000 + y : y;
}

void blank(QString &s, qsizetype from, qsizetype len)
{
    for (qsizetype i = from; i < from + len && i < s.size(); ++i)
        s[i] = QLatin1Char(' ');
}

struct AbbrevZone { const char *abbrev; const char *zone; int fixedOffset; bool fixed; };
// US abbreviations map to their DST-observing zones: "ET" means whatever is in force.
// Standard/daylight-specific abbreviations keep their fixed offset, as dateutil does.
constexpr AbbrevZone kAbbrevs[] = {
    {"UTC", "UTC", 0, true}, {"GMT", "UTC", 0, true}, {"Z", "UTC", 0, true}, {"UT", "UTC", 0, true},
    {"ET", "America/New_York", 0, false}, {"CT", "America/Chicago", 0, false},
    {"MT", "America/Denver", 0, false}, {"PT", "America/Los_Angeles", 0, false},
    {"EST", nullptr, -5 * 3600, true}, {"EDT", nullptr, -4 * 3600, true},
    {"CST", nullptr, -6 * 3600, true}, {"CDT", nullptr, -5 * 3600, true},
    {"MST", nullptr, -7 * 3600, true}, {"MDT", nullptr, -6 * 3600, true},
    {"PST", nullptr, -8 * 3600, true}, {"PDT", nullptr, -7 * 3600, true},
    {"CET", "Europe/Paris", 0, false}, {"CEST", nullptr, 2 * 3600, true},
    {"BST", nullptr, 1 * 3600, true}, {"WET", "Europe/Lisbon", 0, false},
    {"EET", "Europe/Athens", 0, false}, {"EEST", nullptr, 3 * 3600, true},
    {"SGT", nullptr, 8 * 3600, true}, {"HKT", nullptr, 8 * 3600, true},
    {"JST", nullptr, 9 * 3600, true}, {"KST", nullptr, 9 * 3600, true},
    {"AEST", nullptr, 10 * 3600, true}, {"AEDT", nullptr, 11 * 3600, true},
    {"IST", nullptr, 5 * 3600 + 1800, true}, {"TRT", nullptr, 3 * 3600, true},
    {"MSK", nullptr, 3 * 3600, true},
};

} // namespace

QTimeZone zoneForName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    const QString up = n.toUpper();
    for (const auto &a : kAbbrevs) {
        if (up == QLatin1String(a.abbrev)) {
            if (a.zone)
                return QTimeZone(QByteArray(a.zone));
            return QTimeZone(a.fixedOffset);
        }
    }
    if (n.contains(QLatin1Char('/'))) {
        QTimeZone z(n.toLatin1());
        if (z.isValid())
            return z;
    }
    return {};
}

QTimeZone zoneForPlace(const QString &place)
{
    static QHash<QString, QByteArray> table;
    static std::once_flag once;
    std::call_once(once, [] {
        initTzResource();
        QFile f(QStringLiteral(":/nocdesk/tz/places.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            if (tab <= 0)
                continue;
            table.insert(QString::fromUtf8(line.left(tab)).toLower(), line.mid(tab + 1).trimmed());
        }
    });
    auto key = [](const QString &s) { return s.simplified().toLower(); };
    const QString p = key(place);
    if (auto it = table.constFind(p); it != table.cend())
        return QTimeZone(it.value());
    // "San Jose, CA" -> try the city with its region, then the region alone, then the city.
    const QStringList pieces = p.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (pieces.size() >= 2) {
        const QString city = key(pieces.first());
        const QString region = key(pieces.at(1));
        if (auto it = table.constFind(city + QLatin1String(", ") + region); it != table.cend())
            return QTimeZone(it.value());
        if (auto it = table.constFind(city); it != table.cend())
            return QTimeZone(it.value());
        if (auto it = table.constFind(region); it != table.cend())
            return QTimeZone(it.value());
    }
    return {};
}

std::optional<qint64> parseLooseDateTime(const QString &input, const LooseDateOptions &options)
{
    QString s = input;
    s.replace(QChar(0xA0), QLatin1Char(' '));
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool haveDate = false;
    std::optional<QTimeZone> zone;

    if (auto m = reIsoCompact().match(s); m.hasMatch()) {
        year = m.captured(1).toInt(); month = m.captured(2).toInt(); day = m.captured(3).toInt();
        hour = m.captured(4).toInt(); minute = m.captured(5).toInt(); second = m.captured(6).toInt();
        if (!m.captured(7).isEmpty())
            zone = QTimeZone::utc();
        haveDate = true;
        blank(s, m.capturedStart(), m.capturedLength());
    } else {
        if (auto m = reIsoDate().match(s); m.hasMatch()) {
            year = m.captured(1).toInt(); month = m.captured(2).toInt(); day = m.captured(3).toInt();
            haveDate = true;
            blank(s, m.capturedStart(), m.capturedLength());
        }
        auto mt = reTime().match(s);
        if (mt.hasMatch()) {
            hour = mt.captured(1).toInt(); minute = mt.captured(2).toInt(); second = mt.captured(3).toInt();
            const QString ampm = mt.captured(4).toLower();
            if (ampm == QLatin1String("p") && hour < 12) hour += 12;
            if (ampm == QLatin1String("a") && hour == 12) hour = 0;
            blank(s, mt.capturedStart(), mt.capturedLength());
        } else if (auto mc = reTimeCompact().match(s); mc.hasMatch()) {
            hour = mc.captured(1).toInt(); minute = mc.captured(2).toInt();
            blank(s, mc.capturedStart(), mc.capturedLength());
        }
        if (!haveDate) {
            if (auto m = reNumDate().match(s); m.hasMatch()) {
                const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
                year = fullYear(m.captured(3).toInt());
                const bool dayFirst = a > 12 || (options.dayFirst && b <= 12);
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
                if (month > 12) std::swap(day, month);
                haveDate = true;
                blank(s, m.capturedStart(), m.capturedLength());
            }
        }
        if (!haveDate) {
            auto it = reDayMonthYear().globalMatch(s);
            while (it.hasNext()) {
                auto m = it.next();
                const int mo = monthFromName(m.captured(2));
                if (mo) {
                    day = m.captured(1).toInt(); month = mo; year = fullYear(m.captured(3).toInt());
                    haveDate = true;
                    blank(s, m.capturedStart(), m.capturedLength());
                    break;
                }
            }
        }
        if (!haveDate) {
            auto it = reMonthDayYear().globalMatch(s);
            while (it.hasNext()) {
                auto m = it.next();
                const int mo = monthFromName(m.captured(1));
                if (mo) {
                    month = mo; day = m.captured(2).toInt(); year = m.captured(3).toInt();
                    haveDate = true;
                    blank(s, m.capturedStart(), m.capturedLength());
                    break;
                }
            }
        }
    }
    if (!haveDate)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    if (!zone) {
        if (auto m = reOffset().match(s); m.hasMatch()) {
            const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
            int h = m.captured(2).toInt(), mins = m.captured(3).toInt();
            if (m.captured(3).isEmpty() && m.captured(2).size() > 2) { h = 0; }
            if (h <= 14 && mins < 60) {
                zone = QTimeZone(sign * (h * 3600 + mins * 60));
                blank(s, m.capturedStart(), m.capturedLength());
            }
        }
    }
    if (!zone) {
        auto it = reWord().globalMatch(s);
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            if (w.size() > 1 && w.size() <= 5 && w != w.toUpper())
                continue; // abbreviations are written in capitals; "at", "to" are not zones
            const QTimeZone z = zoneForName(w);
            if (z.isValid()) {
                zone = z;
                break;
            }
        }
    }
    const QTimeZone tz = zone ? *zone : options.defaultZone;
    const QDateTime dt(date, time, tz);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

namespace {
// "[Mon, ]1 Feb 2021 09:33:34 +0000" read by hand: QDateTime::fromString(RFC2822Date) costs
// tens of microseconds per call, more than the rest of a small notice.
std::optional<qint64> parseRfc2822(const QString &t)
{
    QStringList f = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!f.isEmpty() && f.first().endsWith(QLatin1Char(',')))
        f.removeFirst();
    if (f.size() < 5)
        return std::nullopt;
    bool okD = false, okY = false;
    const int day = f.at(0).toInt(&okD);
    const int month = monthFromName(f.at(1));
    const int year = f.at(2).toInt(&okY);
    const QStringList hms = f.at(3).split(QLatin1Char(':'));
    if (!okD || !okY || month == 0 || hms.size() < 2)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hms.at(0).toInt(), hms.at(1).toInt(), hms.value(2).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = f.at(4);
    int offset = 0;
    if ((zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) && zone.size() == 5) {
        bool ok = false;
        const int hhmm = zone.mid(1).toInt(&ok);
        if (!ok)
            return std::nullopt;
        offset = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offset = -offset;
    } else {
        const QTimeZone z = zoneForName(zone);
        if (!z.isValid())
            return std::nullopt;
        return QDateTime(date, time, z).toSecsSinceEpoch();
    }
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - offset;
}
} // namespace

std::optional<qint64> parseEmailDate(const QString &text)
{
    const QString t = text.simplified();
    if (const auto v = parseRfc2822(t))
        return v;
    return parseLooseDateTime(t);
}

} // namespace nocdesk::parsing
