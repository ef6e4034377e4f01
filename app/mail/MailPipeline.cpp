#include "MailPipeline.h"

#include "MailEnvelope.h"
#include "NoticeParser.h"
#include "ParsedMaintenance.h"
#include "ProviderRegistry.h"
#include "TransactionGuard.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace nocdesk {

namespace {

// All the maintenances one notice gives under one maintenance id (one per window, often) become
// one notice for the update rules: every window kept, the span from the first start to the
// last end, each circuit once with its worst impact.
NoticeMaintenance combine(const QList<parsing::Maintenance> &group, const QString &providerName)
{
    NoticeMaintenance notice;
    Maintenance &m = notice.maintenance;
    m = toStoredMaintenance(group.constFirst(), providerName);
    m.windows.clear();
    m.impacts.clear();
    QJsonArray json;
    for (const parsing::Maintenance &p : group) {
        const Maintenance part = toStoredMaintenance(p, providerName);
        m.windows.append({part.start, part.end});
        m.start = std::min(m.start, part.start);
        m.end = std::max(m.end, part.end);
        if (part.stamp > m.stamp)
            m.stamp = part.stamp;
        for (const CircuitImpact &ci : part.impacts) {
            const auto same = std::find_if(m.impacts.begin(), m.impacts.end(), [&](const CircuitImpact &known) {
                return known.circuitRef.compare(ci.circuitRef, Qt::CaseInsensitive) == 0;
            });
            if (same == m.impacts.end())
                m.impacts.append(ci);
            else if (impactRank(ci.impact) > impactRank(same->impact))
                same->impact = ci.impact;
        }
        json.append(p.toJson());
    }
    notice.parsedJson = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return notice;
}

} // namespace

MailPipeline::MailPipeline(Store store, QString actor) : m_store(std::move(store)), m_actor(std::move(actor)) {}

QString MailPipeline::dedupKey(const QString &messageId, const QByteArray &raw)
{
    if (!messageId.isEmpty())
        return messageId;
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

MailResult MailPipeline::ingest(const QByteArray &raw, const MailRouting &routing, const QString &externalId,
                                const QDateTime &receivedAt)
{
    const parsing::MailEnvelope envelope = parsing::readEnvelope(raw, routing.senderHeader);
    const QString key = dedupKey(envelope.messageId, raw);
    MailResult result;
    if (const qint64 known = m_store.notificationIdByMessageId(key)) {
        result.notificationId = known;
        result.duplicate = true;
        return result;
    }
    // Stored and committed before anything can go wrong with parsing.
    IncomingMail mail;
    mail.sourceName = routing.sourceName;
    mail.receivedAt = receivedAt.isValid() ? receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    mail.messageId = key;
    mail.sender = envelope.sender;
    mail.subject = envelope.subject;
    mail.raw = raw;
    mail.externalId = externalId;
    const qint64 id = m_store.addIncomingMail(mail);
    return process(id, raw, envelope.sender, routing, {});
}

MailResult MailPipeline::reparse(qint64 notificationId, const QString &providerOverride, bool rememberSender)
{
    const QList<Notification> rows = m_store.notifications({notificationId});
    if (rows.isEmpty())
        throw StoreError(StoreError::Kind::Query, tr("There is no notification #%1.").arg(notificationId));
    const Notification &n = rows.constFirst();
    if (!providerOverride.isEmpty()) {
        if (!parsing::ProviderRegistry::instance().find(providerOverride))
            throw StoreError(StoreError::Kind::Query, tr("Unknown provider \"%1\".").arg(providerOverride));
        if (rememberSender && !n.sender.isEmpty()) {
            m_store.ensureProvider(providerOverride, providerOverride);
            m_store.rememberSender(n.sender, providerOverride, m_actor);
        }
    }
    MailRouting routing;
    routing.sourceName = n.sourceName;
    return process(notificationId, m_store.rawNotification(notificationId), n.sender, routing, providerOverride);
}

QString MailPipeline::attribute(const QString &sender, const MailRouting &routing, QString *why) const
{
    QString provider = m_store.providerForSender(sender);
    if (provider.isEmpty()) {
        if (const parsing::ProviderSpec *spec = parsing::ProviderRegistry::instance().findBySender(sender))
            provider = spec->id;
    }
    if (provider.isEmpty()) {
        *why = sender.isEmpty() ? tr("The message names no sender.")
                                : tr("No provider is known for the sender %1.").arg(sender);
        return {};
    }
    if (!routing.attachAllProviders && !routing.providers.contains(provider)) {
        *why = tr("The sender %1 belongs to provider %2, which is not attached to source %3.")
                   .arg(sender, provider, routing.sourceName);
        return {};
    }
    return provider;
}

MailResult MailPipeline::process(qint64 notificationId, const QByteArray &raw, const QString &sender,
                                 const MailRouting &routing, const QString &providerOverride)
{
    MailResult result;
    result.notificationId = notificationId;
    QString why;
    const QString provider = providerOverride.isEmpty() ? attribute(sender, routing, &why) : providerOverride;
    if (provider.isEmpty()) {
        result.outcome = NotificationOutcome::UnknownProvider;
        result.error = why;
        m_store.clearNoticeLinks(notificationId);
        m_store.setNotificationOutcome(notificationId, result.outcome, {}, why);
        return result;
    }
    result.providerName = provider;

    const parsing::ParseOutcome parsed =
        parsing::parseNotice(provider, parsing::buildNotification({{QStringLiteral("email"), raw}}));

    try {
        TransactionGuard transaction(m_store.database());
        m_store.ensureProvider(provider, provider);
        m_store.clearNoticeLinks(notificationId);
        if (!parsed.ok) {
            result.outcome = NotificationOutcome::ParsingFailed;
            result.error = QString::fromUtf8(QJsonDocument(parsed.errorJson()).toJson(QJsonDocument::Compact));
        } else if (parsed.maintenances.isEmpty()) {
            result.outcome = NotificationOutcome::Ignored;
        } else {
            // Grouped by maintenance id, in the order the notice gives them.
            QStringList order;
            QMap<QString, QList<parsing::Maintenance>> groups;
            for (const parsing::Maintenance &m : parsed.maintenances) {
                if (!groups.contains(m.maintenanceId))
                    order << m.maintenanceId;
                groups[m.maintenanceId].append(m);
            }
            bool allOutOfSequence = true;
            QStringList unknown;
            for (const QString &key : std::as_const(order)) {
                const NoticeApplication applied = m_store.applyNotice(notificationId, combine(groups.value(key), provider), m_actor);
                if (applied.effect != NoticeApplication::Effect::OutOfSequence) {
                    allOutOfSequence = false;
                    result.maintenanceIds << applied.maintenanceId;
                }
                if (applied.acknowledgementReset)
                    result.acknowledgementResets << applied.maintenanceId;
                unknown << applied.unknownCircuits;
            }
            if (!unknown.isEmpty()) {
                result.outcome = NotificationOutcome::UnknownCircuits;
                unknown.removeDuplicates();
                result.error = tr("Circuits not in the inventory: %1").arg(unknown.join(QStringLiteral(", ")));
            } else if (allOutOfSequence) {
                result.outcome = NotificationOutcome::OutOfSequence;
                result.error = tr("A newer notice for this maintenance was already applied; this one changes nothing.");
            } else {
                result.outcome = NotificationOutcome::Parsed;
            }
        }
        m_store.setNotificationOutcome(notificationId, result.outcome, provider, result.error);
        transaction.commit();
    } catch (const StoreError &e) {
        // The mail itself is already stored; say why it produced nothing rather than lose it.
        result = MailResult{};
        result.notificationId = notificationId;
        result.providerName = provider;
        result.outcome = NotificationOutcome::ParsingFailed;
        result.error = tr("The parsed maintenances could not be stored: %1").arg(e.message());
        m_store.setNotificationOutcome(notificationId, result.outcome, provider, result.error);
    }
    return result;
}

} // namespace nocdesk
