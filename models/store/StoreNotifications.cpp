#include "Store.h"

#include "IdList.h"
#include "SqlQuery.h"
#include "TimeColumns.h"

namespace nocdesk {

using sqltime::nullableId;

qint64 Store::addIncomingMail(const IncomingMail &mail)
{
    const qint64 sourceId = mail.sourceName.isEmpty() ? 0 : sourceIdByName(mail.sourceName);
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO raw_notifications (source_id, received_at, message_id, sender, subject, raw, outcome, external_id)"
        " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"));
    q.bindAll({nullableId(sourceId), sqltime::seconds(mail.receivedAt), mail.messageId, mail.sender,
               mail.subject, mail.raw, mail.externalId});
    return q.insert();
}

void Store::setNotificationOutcome(qint64 notificationId, NotificationOutcome outcome,
                                   const QString &providerName, const QString &error)
{
    const qint64 providerId = providerName.isEmpty() ? 0 : providerIdByName(providerName);
    SqlQuery q(database(), QStringLiteral(
        "UPDATE raw_notifications SET outcome = ?, provider_id = ?, error = ?, processed_at = ? WHERE id = ?"));
    q.bindAll({storedName(outcome), nullableId(providerId), error,
               sqltime::seconds(QDateTime::currentDateTimeUtc()), notificationId});
    q.exec();
}

QList<Notification> Store::notifications(const QList<qint64> &ids) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT n.id, coalesce(s.name, ''), n.received_at, n.message_id, n.sender, n.subject,"
        " coalesce(p.name, ''), coalesce(nullif(p.display_name, ''), p.name, ''), n.outcome, n.error, length(n.raw),"
        " (SELECT count(*) FROM parsed_notifications pn WHERE pn.raw_notification_id = n.id)"
        " FROM raw_notifications n"
        " LEFT JOIN notification_sources s ON s.id = n.source_id"
        " LEFT JOIN providers p ON p.id = n.provider_id")
        + idFilter(QStringLiteral("n.id"), ids) + QStringLiteral(" ORDER BY n.id"));
    q.exec();
    QList<Notification> result;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toLongLong();
        n.sourceName = q.value(1).toString();
        n.receivedAt = sqltime::fromSeconds(q.value(2));
        n.messageId = q.value(3).toString();
        n.sender = q.value(4).toString();
        n.subject = q.value(5).toString();
        n.providerName = q.value(6).toString();
        n.providerLabel = q.value(7).toString();
        n.outcome = notificationOutcomeFromString(q.value(8).toString());
        n.error = q.value(9).toString();
        n.size = q.value(10).toLongLong();
        n.maintenanceCount = q.value(11).toInt();
        result.append(n);
    }
    return result;
}

QByteArray Store::rawNotification(qint64 notificationId) const
{
    SqlQuery q(database(), QStringLiteral("SELECT raw FROM raw_notifications WHERE id = ?"));
    q.bind(notificationId).exec();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

qint64 Store::notificationIdByMessageId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return 0;
    SqlQuery q(database(), QStringLiteral("SELECT id FROM raw_notifications WHERE message_id = ? ORDER BY id LIMIT 1"));
    q.bind(messageId).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::hasExternalId(const QString &sourceName, const QString &externalId) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT 1 FROM raw_notifications n JOIN notification_sources s ON s.id = n.source_id"
        " WHERE s.name = ? AND n.external_id = ? LIMIT 1"));
    q.bindAll({sourceName, externalId}).exec();
    return q.next();
}

void Store::clearNoticeLinks(qint64 notificationId)
{
    SqlQuery q(database(), QStringLiteral("DELETE FROM parsed_notifications WHERE raw_notification_id = ?"));
    q.bind(notificationId).exec();
}

} // namespace nocdesk
