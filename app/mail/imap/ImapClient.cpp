#include "ImapClient.h"

#include "ImapError.h"
#include "ImapSession.h"

#include <algorithm>
#include <limits>

namespace nocdesk::mail {

using detail::ImapError;
using detail::ImapSession;
using detail::ImapText;
using detail::Watchdog;

namespace {

QString tlsText(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Implicit:
        return ImapText::tr("implicit TLS");
    case TlsMode::StartTls:
        return ImapText::tr("STARTTLS");
    case TlsMode::None:
        return ImapText::tr("no encryption");
    }
    return {};
}

int countForTr(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

std::shared_ptr<Watchdog> watchdogFor(const ImapSettings &settings)
{
    auto watchdog = std::make_shared<Watchdog>();
    watchdog->silence = std::chrono::seconds(std::max(1, settings.timeoutSeconds));
    return watchdog;
}

void checkSettings(const ImapSettings &settings)
{
    if (settings.host.trimmed().isEmpty())
        throw ImapError{ImapFailure::NameNotResolved, ImapText::tr("No IMAP server is set.")};
}

} // namespace

ImapClient::ImapClient(ImapSettings settings, QString password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{
}

ImapValidation ImapClient::validate()
{
    ImapValidation validation;
    const std::shared_ptr<Watchdog> watchdog = watchdogFor(m_settings);
    // The operator waits on this: the whole exchange, not each wait, is bounded.
    watchdog->deadline = std::chrono::steady_clock::now() + watchdog->silence;
    std::unique_ptr<ImapSession> session;
    try {
        checkSettings(m_settings);
        session = std::make_unique<ImapSession>(m_settings, m_password, watchdog);
        session->connect();
        validation.capabilities = session->capabilities();
        const ImapSession::FolderInfo folder = session->examine();
        validation.messageCount = folder.exists;
        validation.uidValidity = folder.uidValidity;
        validation.message = ImapText::tr("Connected to %1 as %2 (%3). Folder \"%4\" holds %n message(s).", nullptr,
                                          countForTr(folder.exists))
                                 .arg(session->where(), m_settings.account, tlsText(m_settings.tls), m_settings.folder);
    } catch (const ImapError &e) {
        validation.failure = e.failure;
        validation.message = e.message;
    }
    if (session) {
        if (session->certificate().verdict != detail::ServerCertificate::Verdict::NotSeen) {
            validation.certificateSubject = session->certificate().subject;
            validation.certificateFingerprint = session->certificate().fingerprint;
        }
        session->close();
    }
    return validation;
}

ImapFetchResult ImapClient::fetch(const ImapSyncState &from, const std::function<bool(const QList<ImapMessage> &)> &deliver,
                                  const std::function<void(qint64, qint64)> &progress, const std::function<bool()> &cancelled,
                                  int batchSize)
{
    ImapFetchResult result;
    result.state = from;
    batchSize = std::max(1, batchSize);
    const std::shared_ptr<Watchdog> watchdog = watchdogFor(m_settings);
    watchdog->cancelled = cancelled;
    try {
        checkSettings(m_settings);
        if (cancelled && cancelled())
            throw ImapError{ImapFailure::Cancelled, ImapText::tr("Cancelled before connecting.")};
        ImapSession session(m_settings, m_password, watchdog);
        session.connect();
        const ImapSession::FolderInfo folder = session.examine();

        quint32 after = from.lastUid;
        if (folder.uidValidity != from.uidValidity) {
            // The UIDs seen before name other messages now (or none were seen): start over.
            result.uidValidityChanged = from.uidValidity != 0;
            after = 0;
        }
        result.state = ImapSyncState{folder.uidValidity, after};

        const QList<quint32> uids = session.uidsAfter(after);
        const qint64 total = uids.size();
        qint64 done = 0;
        if (progress)
            progress(0, total);
        for (qsizetype first = 0; first < uids.size(); first += batchSize) {
            if (cancelled && cancelled()) {
                throw ImapError{ImapFailure::Cancelled,
                                ImapText::tr("Cancelled after %n message(s).", nullptr, countForTr(result.delivered))};
            }
            const QList<quint32> batch = uids.mid(first, batchSize);
            const QList<ImapMessage> messages = session.fetch(batch);
            // An empty batch: all of it was expunged since the listing; nothing to offer.
            if (!messages.isEmpty() && !deliver(messages)) {
                throw ImapError{ImapFailure::Cancelled,
                                ImapText::tr("Stopped after %n message(s): the next batch was not taken in and will be "
                                             "offered again.", nullptr, countForTr(result.delivered))};
            }
            result.delivered += messages.size();
            result.state.lastUid = batch.last();
            done += batch.size();
            if (progress)
                progress(done, total);
        }
        session.close();
        result.message = ImapText::tr("Fetched %n new message(s) from folder \"%1\" at %2.", nullptr, countForTr(result.delivered))
                             .arg(m_settings.folder, session.where());
    } catch (const ImapError &e) {
        result.failure = e.failure;
        result.message = e.message;
    }
    return result;
}

} // namespace nocdesk::mail
