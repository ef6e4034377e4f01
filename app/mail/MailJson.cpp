#include "MailJson.h"

#include <QJsonArray>

namespace nocdesk {

namespace {

QJsonValue isoTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject notificationJson(const Notification &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("source"), n.sourceName},
            {QStringLiteral("received_at"), isoTime(n.receivedAt)},
            {QStringLiteral("message_id"), n.messageId},
            {QStringLiteral("sender"), n.sender},
            {QStringLiteral("subject"), n.subject},
            {QStringLiteral("provider"), n.providerName},
            {QStringLiteral("outcome"), storedName(n.outcome)},
            {QStringLiteral("error"), n.error},
            {QStringLiteral("size"), n.size},
            {QStringLiteral("maintenances"), n.maintenanceCount}};
}

QJsonObject maintenanceJson(const Maintenance &m)
{
    QJsonArray windows;
    for (const MaintenanceWindow &w : m.windows)
        windows.append(QJsonObject{{QStringLiteral("start"), isoTime(w.start)}, {QStringLiteral("end"), isoTime(w.end)}});
    QJsonArray circuits;
    for (const CircuitImpact &c : m.impacts) {
        circuits.append(QJsonObject{{QStringLiteral("circuit_id"), c.circuitRef},
                                    {QStringLiteral("impact"), storedName(c.impact)},
                                    {QStringLiteral("known"), c.circuitId > 0},
                                    {QStringLiteral("site"), c.siteName}});
    }
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("provider"), m.providerName},
            {QStringLiteral("maintenance_id"), m.maintenanceKey},
            {QStringLiteral("status"), storedName(m.status)},
            {QStringLiteral("summary"), m.summary},
            {QStringLiteral("organizer"), m.organizer},
            {QStringLiteral("start"), isoTime(m.start)},
            {QStringLiteral("end"), isoTime(m.end)},
            {QStringLiteral("sequence"), m.sequence},
            {QStringLiteral("stamp"), isoTime(m.stamp)},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("circuits"), circuits},
            {QStringLiteral("acknowledged"), m.acknowledged},
            {QStringLiteral("acknowledged_by"), m.acknowledgedBy},
            {QStringLiteral("acknowledged_at"), isoTime(m.acknowledgedAt)},
            {QStringLiteral("notices"), m.noticeCount},
            {QStringLiteral("notes"), m.noteCount}};
}

} // namespace nocdesk
