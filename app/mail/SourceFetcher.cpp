#include "SourceFetcher.h"

#include "GmailClient.h"
#include "ImapClient.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <algorithm>

namespace nocdesk {

namespace {

// The same keys on both sides: SourceConfig's settings are what GmailSettings reads.
gmail::GmailSettings gmailSettings(const SourceConfig &source)
{
    return gmail::GmailSettings::fromVariantMap(source.settingsJson().toVariantMap());
}

SourceCheck checkFrom(const gmail::GmailError &error)
{
    SourceCheck check;
    check.failure = gmail::failureName(error.failure);
    check.message = error.message;
    if (!error.certificateSubject.isEmpty()) {
        check.details << SourceFetcher::tr("Certificate subject: %1").arg(error.certificateSubject)
                      << SourceFetcher::tr("SHA-256 fingerprint: %1").arg(error.certificateSha256);
    }
    return check;
}

QString imapFailureName(mail::ImapFailure failure)
{
    switch (failure) {
    case mail::ImapFailure::None: return {};
    case mail::ImapFailure::NameNotResolved: return QStringLiteral("name-not-resolved");
    case mail::ImapFailure::ConnectionRefused: return QStringLiteral("connection-refused");
    case mail::ImapFailure::Timeout: return QStringLiteral("timeout");
    case mail::ImapFailure::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case mail::ImapFailure::LoginRejected: return QStringLiteral("login-rejected");
    case mail::ImapFailure::FolderMissing: return QStringLiteral("folder-missing");
    case mail::ImapFailure::Protocol: return QStringLiteral("protocol");
    case mail::ImapFailure::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol");
}

mail::ImapSettings imapSettings(const SourceConfig &source)
{
    mail::ImapSettings s;
    s.host = source.host;
    s.port = quint16(source.port);
    s.tls = source.tls == QLatin1String("starttls") ? mail::TlsMode::StartTls
        : source.tls == QLatin1String("none")       ? mail::TlsMode::None
                                                    : mail::TlsMode::Implicit;
    s.account = source.account;
    s.folder = source.folder;
    s.caFile = source.caFile;
    return s;
}

QJsonObject syncState(Store &store, const QString &name)
{
    for (const NotificationSourceRow &row : store.notificationSources()) {
        if (row.name == name)
            return QJsonDocument::fromJson(row.syncState).object();
    }
    return {};
}

} // namespace

SourceFetcher::SourceFetcher(Store store, SecretStore &secrets, QString actor)
    : m_store(std::move(store)), m_secrets(secrets), m_actor(std::move(actor))
{
}

void SourceFetcher::count(FetchReport &report, const MailResult &result)
{
    if (result.duplicate) {
        ++report.duplicates;
        return;
    }
    ++report.stored;
    ++report.outcomes[storedName(result.outcome)];
    report.notificationIds << result.notificationId;
    report.maintenanceIds << result.maintenanceIds;
}

SourceCheck SourceFetcher::validate(const SourceConfig &source, const Cancelled &cancelled)
{
    switch (source.kind) {
    case SourceConfig::Kind::Gmail: return validateGmail(source, cancelled);
    case SourceConfig::Kind::Imap: return validateImap(source, cancelled);
    case SourceConfig::Kind::File: break;
    }
    SourceCheck check;
    check.ok = true;
    check.message = tr("A file source takes mail dropped on the window or given to nocdesk-cli import; there is nothing to connect to.");
    return check;
}

FetchReport SourceFetcher::fetch(const SourceConfig &source, const Progress &progress, const Cancelled &cancelled)
{
    FetchReport report;
    switch (source.kind) {
    case SourceConfig::Kind::Gmail: report = fetchGmail(source, progress, cancelled); break;
    case SourceConfig::Kind::Imap: report = fetchImap(source, progress, cancelled); break;
    case SourceConfig::Kind::File:
        report.message = tr("A file source has nothing to fetch.");
        return report;
    }
    m_store.setSourceFetchResult(source.name, QDateTime::currentDateTimeUtc(), report.ok ? QString() : report.message);
    return report;
}

SourceCheck SourceFetcher::signIn(const SourceConfig &source, const OpenBrowser &openBrowser, const Cancelled &cancelled)
{
    if (source.kind != SourceConfig::Kind::Gmail) {
        SourceCheck check;
        check.failure = QStringLiteral("configuration");
        check.message = tr("Only a Gmail source signs in through a browser.");
        return check;
    }
    gmail::GmailClient client(source.name, gmailSettings(source), m_secrets);
    const gmail::GmailError error = client.signIn(openBrowser, cancelled);
    if (!error.ok())
        return checkFrom(error);
    SourceCheck check;
    check.ok = true;
    check.message = tr("Signed in to %1.").arg(source.account);
    return check;
}

SourceCheck SourceFetcher::validateGmail(const SourceConfig &source, const Cancelled &cancelled)
{
    gmail::GmailClient client(source.name, gmailSettings(source), m_secrets);
    const gmail::GmailResult<gmail::GmailValidation> result = client.validate(cancelled);
    if (!result.ok())
        return checkFrom(result.error);
    SourceCheck check;
    check.ok = true;
    check.message = result.value.summary;
    for (const gmail::GmailLabel &label : result.value.labels)
        check.details << tr("Label %1 (%2)").arg(label.name, label.id);
    check.details << result.value.warnings;
    return check;
}

FetchReport SourceFetcher::fetchGmail(const SourceConfig &source, const Progress &progress, const Cancelled &cancelled)
{
    FetchReport report;
    gmail::GmailClient client(source.name, gmailSettings(source), m_secrets);
    const QJsonObject state = syncState(m_store, source.name);
    // The bookmark is the newest message stored; an hour of overlap absorbs clock skew and
    // mail that Gmail indexes late, and costs only a lookup per message already stored.
    QDateTime after;
    if (state.contains(QStringLiteral("newest")))
        after = QDateTime::fromSecsSinceEpoch(state.value(QStringLiteral("newest")).toInteger(), Qt::UTC).addSecs(-3600);
    QStringList senders;
    if (!source.attachAllProviders) {
        for (const QString &id : source.providers) {
            if (const parsing::ProviderSpec *spec = parsing::ProviderRegistry::instance().find(id))
                senders << spec->senders;
        }
    }
    const gmail::GmailResult<QStringList> listed = client.listMessageIds(client.searchQuery(after, senders), {}, cancelled);
    if (!listed.ok()) {
        const SourceCheck failed = checkFrom(listed.error);
        report.ok = false;
        report.failure = failed.failure;
        report.message = failed.message;
        return report;
    }
    QStringList ids = listed.value;
    std::reverse(ids.begin(), ids.end()); // oldest first, so the bookmark only moves forward
    report.offered = ids.size();
    MailPipeline pipeline(m_store, m_actor);
    qint64 newest = state.value(QStringLiteral("newest")).toInteger();
    qint64 done = 0;
    for (const QString &id : std::as_const(ids)) {
        if (cancelled && cancelled()) {
            report.ok = false;
            report.failure = QStringLiteral("cancelled");
            report.message = tr("Cancelled after %1 of %2 messages.").arg(done).arg(ids.size());
            break;
        }
        if (progress)
            progress(done, ids.size());
        ++done;
        if (m_store.hasExternalId(source.name, id)) {
            ++report.duplicates;
            continue;
        }
        const gmail::GmailResult<gmail::GmailMessage> message = client.rawMessage(id, cancelled);
        if (!message.ok()) {
            const SourceCheck failed = checkFrom(message.error);
            report.ok = false;
            report.failure = failed.failure;
            report.message = failed.message;
            break;
        }
        const MailResult result = pipeline.ingest(message.value.raw, source.routing(), id, message.value.internalDate);
        count(report, result);
        // Only now that the row is committed does Gmail hear about it.
        NotificationOutcome outcome = result.outcome;
        if (result.duplicate) {
            const QList<Notification> known = m_store.notifications({result.notificationId});
            outcome = known.isEmpty() ? NotificationOutcome::Pending : known.constFirst().outcome;
        }
        if (outcome != NotificationOutcome::Pending) {
            const gmail::GmailError labelled = client.applyOutcomeLabel(id, storedName(outcome), cancelled);
            if (!labelled.ok()) {
                report.ok = false;
                report.failure = gmail::failureName(labelled.failure);
                report.message = tr("Stored, but the outcome label could not be applied: %1").arg(labelled.message);
            }
        }
        if (message.value.internalDate.isValid())
            newest = std::max(newest, message.value.internalDate.toSecsSinceEpoch());
        m_store.setSourceSyncState(source.name, QJsonDocument(QJsonObject{{QStringLiteral("newest"), newest}}).toJson(QJsonDocument::Compact));
    }
    if (progress)
        progress(done, ids.size());
    if (report.ok)
        report.message = tr("%1 new, %2 already stored.").arg(report.stored).arg(report.duplicates);
    return report;
}

std::optional<QString> SourceFetcher::imapPassword(const SourceConfig &source, QString *why)
{
    if (m_passwordOverride)
        return m_passwordOverride;
    try {
        const std::optional<QString> secret = m_secrets.read(sourceSecretKey(source.name));
        if (!secret)
            *why = tr("No password is stored for %1: set it in the Sources dialog or with nocdesk-cli sources add --secret-env.").arg(source.name);
        return secret;
    } catch (const SecretStoreError &e) {
        *why = e.message();
        return std::nullopt;
    }
}

SourceCheck SourceFetcher::validateImap(const SourceConfig &source, const Cancelled &cancelled)
{
    Q_UNUSED(cancelled); // validate answers within its own timeout
    SourceCheck check;
    QString why;
    const std::optional<QString> password = imapPassword(source, &why);
    if (!password) {
        check.failure = QStringLiteral("no-secret");
        check.message = why;
        return check;
    }
    mail::ImapClient client(imapSettings(source), *password);
    const mail::ImapValidation v = client.validate();
    check.ok = v.failure == mail::ImapFailure::None;
    check.failure = imapFailureName(v.failure);
    check.message = v.message;
    if (check.ok && !v.capabilities.isEmpty())
        check.details << tr("Capabilities: %1").arg(v.capabilities.join(QLatin1Char(' ')));
    if (!v.certificateSubject.isEmpty()) {
        check.details << tr("Certificate subject: %1").arg(v.certificateSubject)
                      << tr("SHA-256 fingerprint: %1").arg(v.certificateFingerprint);
    }
    return check;
}

FetchReport SourceFetcher::fetchImap(const SourceConfig &source, const Progress &progress, const Cancelled &cancelled)
{
    FetchReport report;
    QString why;
    const std::optional<QString> password = imapPassword(source, &why);
    if (!password) {
        report.ok = false;
        report.failure = QStringLiteral("no-secret");
        report.message = why;
        return report;
    }
    const QJsonObject state = syncState(m_store, source.name);
    mail::ImapSyncState from;
    from.uidValidity = quint32(state.value(QStringLiteral("uidvalidity")).toInteger());
    from.lastUid = quint32(state.value(QStringLiteral("last_uid")).toInteger());

    mail::ImapClient client(imapSettings(source), *password);
    MailPipeline pipeline(m_store, m_actor);
    // Each batch is stored (committed mail by mail) before deliver() returns true; only then
    // does the client move past it. A UIDVALIDITY change offers everything again, and the
    // Message-ID keeps what is already stored from being stored twice.
    const auto deliver = [&](const QList<mail::ImapMessage> &batch) {
        for (const mail::ImapMessage &m : batch) {
            count(report, pipeline.ingest(m.raw, source.routing(), QString::number(m.uid)));
        }
        return true;
    };
    const mail::ImapFetchResult result = client.fetch(from, deliver, progress, cancelled);
    report.offered = result.delivered;
    m_store.setSourceSyncState(source.name, QJsonDocument(QJsonObject{{QStringLiteral("uidvalidity"), qint64(result.state.uidValidity)},
                                                                     {QStringLiteral("last_uid"), qint64(result.state.lastUid)}})
                                                .toJson(QJsonDocument::Compact));
    if (result.failure != mail::ImapFailure::None) {
        report.ok = false;
        report.failure = imapFailureName(result.failure);
        report.message = result.message;
    } else {
        report.message = tr("%1 new, %2 already stored.").arg(report.stored).arg(report.duplicates);
    }
    return report;
}

} // namespace nocdesk
