#include "DemoNotices.h"

#include <QLocale>

namespace nocdesk::DemoNotices {

namespace {

const QString kCrLf = QStringLiteral("\r\n");

QString icalTime(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")); }

// RFC 5322 dates are in English whatever the operator's locale.
QString mailDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

QString messageId(const QString &local, const QString &domain)
{
    return QLatin1Char('<') + local + QLatin1Char('@') + domain + QLatin1Char('>');
}

QByteArray rfc822(const QString &from, const QString &subject, const QDateTime &sent, const QString &id,
                  const QString &text, const QString &calendar)
{
    const QString boundary = QStringLiteral("=_nocdesk_demo_boundary");
    QString mail = QStringLiteral("From: ") + from + kCrLf
        + QStringLiteral("To: noc-notices@example.net") + kCrLf
        + QStringLiteral("Subject: ") + subject + kCrLf
        + QStringLiteral("Date: ") + mailDate(sent) + kCrLf
        + QStringLiteral("Message-ID: ") + id + kCrLf
        + QStringLiteral("MIME-Version: 1.0") + kCrLf;
    if (calendar.isEmpty()) {
        const bool html = text.startsWith(QLatin1String("<html"));
        mail += (html ? QStringLiteral("Content-Type: text/html; charset=utf-8") : QStringLiteral("Content-Type: text/plain; charset=utf-8"))
            + kCrLf + kCrLf + text + kCrLf;
    } else {
        mail += QStringLiteral("Content-Type: multipart/alternative; boundary=\"") + boundary + QLatin1Char('"') + kCrLf + kCrLf
            + QStringLiteral("--") + boundary + kCrLf
            + QStringLiteral("Content-Type: text/plain; charset=utf-8") + kCrLf + kCrLf + text + kCrLf
            + QStringLiteral("--") + boundary + kCrLf
            + QStringLiteral("Content-Type: text/calendar; charset=utf-8; method=REQUEST") + kCrLf + kCrLf
            + calendar
            + QStringLiteral("--") + boundary + QStringLiteral("--") + kCrLf;
    }
    return mail.toUtf8();
}

} // namespace

DemoNotice bcopMail(const Provider &provider, const Maintenance &m, const QDateTime &sent)
{
    const QString domain = provider.senderDomains.constFirst();
    const QString uid = m.maintenanceKey.toLower() + QLatin1Char('@') + domain;
    QString calendar = QStringLiteral("BEGIN:VCALENDAR") + kCrLf + QStringLiteral("VERSION:2.0") + kCrLf
        + QStringLiteral("PRODID:-//") + provider.displayName + QStringLiteral("//Maintenance Notification//EN") + kCrLf
        + QStringLiteral("METHOD:REQUEST") + kCrLf + QStringLiteral("BEGIN:VEVENT") + kCrLf
        + QStringLiteral("SUMMARY:") + m.summary + kCrLf
        + QStringLiteral("DTSTART:") + icalTime(m.start) + kCrLf
        + QStringLiteral("DTEND:") + icalTime(m.end) + kCrLf
        + QStringLiteral("DTSTAMP:") + icalTime(sent) + kCrLf
        + QStringLiteral("UID:") + uid + kCrLf
        + QStringLiteral("SEQUENCE:") + QString::number(m.sequence) + kCrLf
        + QStringLiteral("ORGANIZER;CN=\"") + provider.displayName + QStringLiteral(" NOC\":mailto:") + m.organizer + kCrLf
        + QStringLiteral("X-MAINTNOTE-PROVIDER:") + domain + kCrLf
        + QStringLiteral("X-MAINTNOTE-ACCOUNT:NOCDESK-DEMO") + kCrLf
        + QStringLiteral("X-MAINTNOTE-MAINTENANCE-ID:") + m.maintenanceKey + kCrLf
        + QStringLiteral("X-MAINTNOTE-STATUS:") + storedName(m.status) + kCrLf
        + QStringLiteral("X-MAINTNOTE-IMPACT:") + storedName(m.worstImpact()) + kCrLf;
    for (const CircuitImpact &ci : m.impacts) {
        calendar += QStringLiteral("X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=") + storedName(ci.impact)
            + QLatin1Char(':') + ci.circuitRef + kCrLf;
    }
    calendar += QStringLiteral("END:VEVENT") + kCrLf + QStringLiteral("END:VCALENDAR") + kCrLf;

    const QString subject = QStringLiteral("[%1] %2 - %3").arg(storedName(m.status), m.maintenanceKey, m.summary);
    const QString text = QStringLiteral("Dear customer,\r\n\r\n%1 will perform maintenance affecting your service.\r\n\r\n"
                                        "Maintenance ID: %2\r\nStart: %3\r\nEnd: %4\r\nCircuits: %5\r\n\r\n"
                                        "The calendar attachment carries the details in the BCOP format.\r\n")
                             .arg(provider.displayName, m.maintenanceKey, icalTime(m.start), icalTime(m.end),
                                  m.circuitRefs().join(QStringLiteral(", ")));

    DemoNotice notice;
    notice.receivedAt = sent.addSecs(40);
    notice.messageId = messageId(m.maintenanceKey.toLower() + QStringLiteral(".s") + QString::number(m.sequence), domain);
    notice.sender = provider.senderAddresses.constFirst();
    notice.subject = subject;
    notice.raw = rfc822(provider.displayName + QStringLiteral(" NOC <") + notice.sender + QLatin1Char('>'), subject, sent,
                        notice.messageId, text, calendar);
    return notice;
}

QList<DemoNotice> problemMails(const QDateTime &now)
{
    struct Problem
    {
        int hoursAgo;
        const char *from;
        const char *subject;
        const char *idLocal;
        const char *body;
    };
    static const Problem problems[] = {
        {5, "MetroFiber NOC <noc@metrofiber.example>", "Planned works notification - ref MF-2211", "mf-2211",
         "Planned works on our dark fibre ring between Frankfurt sites on Saturday night.\r\n"},
        {30, "Zayo NOC <mr@zayo.com>", "Zayo Maintenance Notification - TTN-0004419877", "ttn-0004419877",
         "Maintenance Ticket #: TTN-0004419877\r\nMaintenance Window: to be announced\r\n"},
        {52, "Zayo <mr@zayo.com>", "Zayo customer newsletter: what is new in the portal this quarter", "newsletter-2026q4",
         "<html><body><h1>Zayo customer newsletter</h1><p>Discover the new features of the customer portal.</p></body></html>\r\n"},
    };
    QList<DemoNotice> mails;
    for (const Problem &p : problems) {
        const QString from = QString::fromUtf8(p.from);
        DemoNotice n;
        n.receivedAt = now.addSecs(-qint64(p.hoursAgo) * 3600);
        n.sender = from.section(QLatin1Char('<'), 1).chopped(1);
        n.subject = QString::fromUtf8(p.subject);
        n.messageId = messageId(QString::fromUtf8(p.idLocal), n.sender.section(QLatin1Char('@'), 1));
        n.raw = rfc822(from, n.subject, n.receivedAt, n.messageId, QString::fromUtf8(p.body), {});
        mails << n;
    }
    return mails;
}

QString syslogLine(const Event &e, const char *code)
{
    const int pri = e.facility * 8 + static_cast<int>(e.severity);
    const QDateTime t = e.eventTime.toUTC();
    // RFC 3164: the day is padded with a space to two characters ("Nov  2").
    const QString stamp = QLocale::c().toString(t, QStringLiteral("MMM")) + QLatin1Char(' ')
        + QString::number(t.date().day()).rightJustified(2, QLatin1Char(' ')) + QLatin1Char(' ')
        + QLocale::c().toString(t, QStringLiteral("HH:mm:ss"));
    const QString header = QStringLiteral("<%1>%2 %3 ").arg(pri).arg(stamp, e.host);
    const QString tag = QString::fromLatin1(code);
    // Each platform's own framing, as in SyslogGenerator.
    if (e.os == QLatin1String("junos")) {
        const QString process = tag.startsWith(QLatin1String("RPD_")) ? QStringLiteral("rpd[1408]: ")
            : tag.startsWith(QLatin1String("UI_"))                    ? QStringLiteral("mgd[4102]: ")
                                                                       : QStringLiteral("mib2d[1745]: ");
        return header + process + tag + QStringLiteral(": ") + e.message;
    }
    if (e.os == QLatin1String("eos")) {
        const QString agent = tag.startsWith(QLatin1String("BGP")) ? QStringLiteral("Bgp") : QStringLiteral("Ebra");
        return header + agent + QStringLiteral(": %") + tag + QStringLiteral(": ") + e.message;
    }
    const QString process = tag.startsWith(QLatin1String("ROUTING-BGP")) ? QStringLiteral("bgp[1063]")
        : tag.startsWith(QLatin1String("SECURITY"))                       ? QStringLiteral("SSHD_[65878]")
                                                                          : QStringLiteral("ifmgr[253]");
    return QStringLiteral("<%1>%2: %3 RP/0/RSP0/CPU0:%4.%5 : %6: %%7 : %8")
        .arg(pri)
        .arg(e.id > 0 ? e.id : qint64(t.time().msecsSinceStartOfDay() % 100000))
        .arg(e.host, stamp)
        .arg(t.time().msec(), 3, 10, QLatin1Char('0'))
        .arg(process, tag, e.message);
}

} // namespace nocdesk::DemoNotices
