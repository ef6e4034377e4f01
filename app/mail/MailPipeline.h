#pragma once

#include "Store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nocdesk {

// How a source hands its mail over: which header names the sender and which providers may
// send through it.
struct MailRouting
{
    QString sourceName;                              // empty: imported by hand
    QString senderHeader = QStringLiteral("From");
    bool attachAllProviders = true;
    QStringList providers;                           // used when attachAllProviders is false
};

// What became of one mail.
struct MailResult
{
    qint64 notificationId = 0;
    bool duplicate = false;          // already stored (same Message-ID): nothing was done
    NotificationOutcome outcome = NotificationOutcome::Pending;
    QString providerName;
    QString error;
    QList<qint64> maintenanceIds;    // the maintenances the mail created or updated
    QList<qint64> acknowledgementResets;
};

// The one path from a raw mail to maintenances, used by every source, the import, re-parse and
// the demo: the mail is stored whole first (committed on its own, so nothing a source delivered
// is lost whatever happens next), then attributed to a provider, parsed, and applied by the
// update rules in one transaction, and its outcome recorded. A source may mark a mail as done
// upstream once ingest() returned.
class MailPipeline
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MailPipeline)
public:
    MailPipeline(Store store, QString actor);

    // receivedAt: when the source got the mail (IMAP INTERNALDATE); now when not given.
    MailResult ingest(const QByteArray &raw, const MailRouting &routing, const QString &externalId = {},
                      const QDateTime &receivedAt = {});
    // Parses a stored notification again (after a parser upgrade, or once the operator named
    // its provider): its earlier links are replaced. providerOverride names the provider
    // outright; rememberSender ties the mail's sender to it for all future mail.
    MailResult reparse(qint64 notificationId, const QString &providerOverride = {}, bool rememberSender = false);

private:
    // The Message-ID a mail is de-duplicated by: its own, or a digest of its bytes.
    [[nodiscard]] static QString dedupKey(const QString &messageId, const QByteArray &raw);
    MailResult process(qint64 notificationId, const QByteArray &raw, const QString &sender,
                       const MailRouting &routing, const QString &providerOverride);
    // The provider a sender belongs to, or an explanation of why there is none.
    QString attribute(const QString &sender, const MailRouting &routing, QString *why) const;

    Store m_store;
    QString m_actor;
};

} // namespace nocdesk
