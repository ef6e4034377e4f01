#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A provider notice as a real RFC 822 mail carrying a BCOP ("maintnote") iCalendar, one VEVENT
// per window, for tests that feed the mail pipeline.
struct BcopNotice
{
    QString status;                  // X-MAINTNOTE-STATUS; empty: left out
    int sequence = 1;                // -1: no SEQUENCE property
    QDateTime stamp;                 // DTSTAMP
    QList<QPair<QDateTime, QDateTime>> windows;
    QString circuits;                // "IC-1=OUTAGE,IC-2=DEGRADED"; empty: no object
    QString summary = QStringLiteral("Router upgrade");
    QString maintenanceId = QStringLiteral("CHG-7");
    QString from = QStringLiteral("Arelion NOC <maintenance@arelion.com>");
    QString messageId;               // without brackets
};

// The notice most tests need: maintenance `id`, CONFIRMED, circuit IC-1 out for `hours` from
// 2026-12-04 00:00 UTC. The stamp moves with the sequence, so a higher sequence is also a later
// notice; the Message-ID is unique per (id, sequence).
inline BcopNotice sampleNotice(const QString &id, int sequence = 1, const QString &from = {}, int hours = 4)
{
    const QDateTime base(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    BcopNotice n;
    n.status = QStringLiteral("CONFIRMED");
    n.sequence = sequence;
    n.stamp = base.addSecs(qint64(sequence) * 3600);
    n.windows = {{base.addDays(3), base.addDays(3).addSecs(qint64(hours) * 3600)}};
    n.circuits = QStringLiteral("IC-1=OUTAGE");
    n.maintenanceId = id;
    n.messageId = QStringLiteral("%1-%2@arelion.com").arg(id).arg(sequence);
    if (!from.isEmpty())
        n.from = from;
    return n;
}

inline QByteArray bcopMail(const BcopNotice &n)
{
    const auto ical = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")); };
    QString calendar = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NocDesk tests//Maintenance//EN\r\nMETHOD:REQUEST\r\n");
    int index = 0;
    for (const auto &[start, end] : n.windows) {
        calendar += QStringLiteral("BEGIN:VEVENT\r\nSUMMARY:") + n.summary + QStringLiteral("\r\nDTSTART:") + ical(start)
            + QStringLiteral("\r\nDTEND:") + ical(end) + QStringLiteral("\r\nDTSTAMP:") + ical(n.stamp)
            + QStringLiteral("\r\nUID:%1-%2@tests.example\r\n").arg(n.maintenanceId).arg(index++);
        if (n.sequence >= 0)
            calendar += QStringLiteral("SEQUENCE:%1\r\n").arg(n.sequence);
        calendar += QStringLiteral("ORGANIZER:mailto:maintenance@arelion.com\r\n"
                                   "X-MAINTNOTE-PROVIDER:arelion\r\nX-MAINTNOTE-ACCOUNT:12345\r\n"
                                   "X-MAINTNOTE-MAINTENANCE-ID:") + n.maintenanceId + QStringLiteral("\r\n");
        for (const QString &c : n.circuits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            calendar += QStringLiteral("X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=%1:%2\r\n")
                            .arg(c.section(QLatin1Char('='), 1), c.section(QLatin1Char('='), 0, 0));
        }
        calendar += QStringLiteral("X-MAINTNOTE-IMPACT:OUTAGE\r\n");
        if (!n.status.isEmpty())
            calendar += QStringLiteral("X-MAINTNOTE-STATUS:") + n.status + QStringLiteral("\r\n");
        calendar += QStringLiteral("END:VEVENT\r\n");
    }
    calendar += QStringLiteral("END:VCALENDAR\r\n");
    return (QStringLiteral("From: ") + n.from + QStringLiteral("\r\nTo: noc@example.net\r\n")
            + QStringLiteral("Subject: Planned maintenance ") + n.maintenanceId
            + QStringLiteral("\r\nDate: Tue, 1 Dec 2026 00:00:00 +0000\r\nMessage-ID: <") + n.messageId
            + QStringLiteral(">\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n")
            + calendar)
        .toUtf8();
}
