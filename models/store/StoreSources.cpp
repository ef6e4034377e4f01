#include "Store.h"

#include "SqlQuery.h"
#include "TimeColumns.h"
#include "TransactionGuard.h"

namespace nocdesk {

using sqltime::fromSeconds;
using sqltime::seconds;

QList<NotificationSourceRow> Store::notificationSources() const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT id, name, kind, config, enabled, sync_state, last_fetch_at, last_error"
        " FROM notification_sources ORDER BY name"));
    q.exec();
    QList<NotificationSourceRow> result;
    while (q.next()) {
        NotificationSourceRow s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.config = q.value(3).toString().toUtf8();
        s.enabled = q.value(4).toBool();
        s.syncState = q.value(5).toString().toUtf8();
        s.lastFetchAt = fromSeconds(q.value(6));
        s.lastError = q.value(7).toString();
        result.append(s);
    }
    return result;
}

void Store::updateNotificationSource(const QString &name, const QByteArray &configJson, bool enabled)
{
    SqlQuery q(database(), QStringLiteral("UPDATE notification_sources SET config = ?, enabled = ? WHERE name = ?"));
    q.bindAll({QString::fromUtf8(configJson), enabled ? 1 : 0, name}).exec();
    if (q.numRowsAffected() == 0)
        throw StoreError(StoreError::Kind::Query, tr("There is no notification source named \"%1\".").arg(name));
}

bool Store::removeNotificationSource(const QString &name)
{
    const QSqlDatabase db = database();
    TransactionGuard transaction(db);
    const qint64 id = sourceIdByName(name);
    if (id == 0)
        return false;
    // The mail stays: it is the record of what the provider sent.
    SqlQuery(db, QStringLiteral("UPDATE raw_notifications SET source_id = NULL WHERE source_id = ?")).bind(id).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM notification_sources WHERE id = ?")).bind(id).exec();
    transaction.commit();
    return true;
}

void Store::setSourceSyncState(const QString &name, const QByteArray &syncStateJson)
{
    SqlQuery q(database(), QStringLiteral("UPDATE notification_sources SET sync_state = ? WHERE name = ?"));
    q.bindAll({QString::fromUtf8(syncStateJson), name}).exec();
}

void Store::setSourceFetchResult(const QString &name, const QDateTime &at, const QString &error)
{
    SqlQuery q(database(), QStringLiteral(
        "UPDATE notification_sources SET last_fetch_at = ?, last_error = ? WHERE name = ?"));
    q.bindAll({seconds(at), error, name}).exec();
}

void Store::rememberSender(const QString &sender, const QString &providerName, const QString &actor)
{
    const qint64 providerId = providerIdByName(providerName);
    if (providerId == 0)
        throw StoreError(StoreError::Kind::Query, tr("Unknown provider \"%1\".").arg(providerName));
    SqlQuery q(database(), QStringLiteral(
        "INSERT INTO sender_rules (sender, provider_id, created_by, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(sender) DO UPDATE SET provider_id = excluded.provider_id,"
        " created_by = excluded.created_by, created_at = excluded.created_at"));
    q.bindAll({sender.trimmed().toLower(), providerId, actor, seconds(QDateTime::currentDateTimeUtc())}).exec();
}

QString Store::providerForSender(const QString &sender) const
{
    SqlQuery q(database(), QStringLiteral(
        "SELECT p.name FROM sender_rules r JOIN providers p ON p.id = r.provider_id WHERE r.sender = ?"));
    q.bind(sender.trimmed().toLower()).exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace nocdesk
