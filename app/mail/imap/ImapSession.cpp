#include "ImapSession.h"

#include "ImapError.h"
#include "VmimePlatform.h"

#include <QLoggingCategory>

#include <vmime/vmime.hpp>
#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/security/sasl/SASLMechanism.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <map>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcImap, "nocdesk.imap", QtWarningMsg)

namespace nocdesk::mail::detail {

using vmime::net::imap::IMAPCommand;
using vmime::net::imap::IMAPParser;
using vmime::net::imap::IMAPUtils;
using Clock = std::chrono::steady_clock;

namespace {

// vmime asks this whenever it waits on the socket (connect, TLS handshake, every read).
// Sticky: once tripped, every later wait gives up at once, so the LOGOUT of a dead or
// cancelled session cannot wait a second time.
class WatchdogTimeoutHandler : public vmime::net::timeoutHandler
{
public:
    explicit WatchdogTimeoutHandler(std::shared_ptr<Watchdog> watchdog) : m_watchdog(std::move(watchdog)) {}

    bool isTimeOut() override
    {
        const Watchdog &w = *m_watchdog;
        const Clock::time_point now = Clock::now();
        return w.tripped != Watchdog::Tripped::No || (w.cancelled && w.cancelled()) || now - m_lastActivity >= w.silence
            || (w.deadline && now >= *w.deadline);
    }
    void resetTimeOut() override { m_lastActivity = Clock::now(); }
    bool handleTimeOut() override
    {
        Watchdog &w = *m_watchdog;
        if (w.tripped == Watchdog::Tripped::No)
            w.tripped = (w.cancelled && w.cancelled()) ? Watchdog::Tripped::Cancelled : Watchdog::Tripped::Timeout;
        return false; // give up: vmime throws, the session classifies from `tripped`
    }

private:
    std::shared_ptr<Watchdog> m_watchdog;
    Clock::time_point m_lastActivity = Clock::now();
};

class WatchdogTimeoutFactory : public vmime::net::timeoutHandlerFactory
{
public:
    explicit WatchdogTimeoutFactory(std::shared_ptr<Watchdog> watchdog) : m_watchdog(std::move(watchdog)) {}
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override
    {
        return vmime::make_shared<WatchdogTimeoutHandler>(m_watchdog);
    }

private:
    std::shared_ptr<Watchdog> m_watchdog;
};

// One password attempt per session. vmime would try every SASL mechanism in turn and then the
// LOGIN command, each with the same wrong password: three failures that count towards a
// provider's lockout and grow the server's penalty delay. AUTH=PLAIN is preferred (IMAP4rev1
// servers must offer it); only if none is offered does the session say so.
class SingleAttemptAuthenticator : public vmime::security::sasl::defaultSASLAuthenticator
{
public:
    explicit SingleAttemptAuthenticator(std::shared_ptr<bool> noMechanism) : m_noMechanism(std::move(noMechanism)) {}

    const std::vector<vmime::shared_ptr<vmime::security::sasl::SASLMechanism>>
    getAcceptableMechanisms(const std::vector<vmime::shared_ptr<vmime::security::sasl::SASLMechanism>> &available,
                            vmime::shared_ptr<vmime::security::sasl::SASLMechanism> suggested) const override
    {
        auto acceptable = defaultSASLAuthenticator::getAcceptableMechanisms(available, suggested);
        *m_noMechanism = acceptable.empty();
        const auto plain = std::find_if(acceptable.begin(), acceptable.end(), [](const auto &m) { return m->getName() == "PLAIN"; });
        if (plain != acceptable.end())
            return {*plain};
        if (acceptable.size() > 1)
            acceptable.resize(1);
        return acceptable;
    }

private:
    std::shared_ptr<bool> m_noMechanism;
};

// Follows vmime's trace of connect() (its only window into how far the connect got) and logs
// the exchange under nocdesk.imap at debug level. vmime masks credentials in its trace.
class PhaseTracer : public vmime::net::tracer
{
public:
    explicit PhaseTracer(std::shared_ptr<Watchdog> watchdog) : m_watchdog(std::move(watchdog)) {}

    void traceSend(const vmime::string &line) override
    {
        Phase &phase = m_watchdog->phase;
        if (line.rfind("Connecting to", 0) == 0)
            phase = Phase::Connecting;
        else if (line.rfind("Beginning SSL/TLS handshake", 0) == 0)
            phase = Phase::TlsHandshake;
        else if (line.find(" AUTHENTICATE ") != vmime::string::npos || line.find(" LOGIN ") != vmime::string::npos)
            phase = Phase::LoggingIn;
        // vmime masks SASL data but not the arguments of a LOGIN command
        const std::size_t login = line.find(" LOGIN ");
        qCDebug(lcImap).noquote() << "C:" << QString::fromStdString(login == vmime::string::npos ? line : line.substr(0, login) + " LOGIN ***");
    }
    void traceReceive(const vmime::string &line) override
    {
        Phase &phase = m_watchdog->phase;
        if (phase == Phase::Connecting || phase == Phase::TlsHandshake)
            phase = Phase::Greeting;
        else if (phase == Phase::LoggingIn && line.rfind("+", 0) != 0)
            m_watchdog->loginAnswer = QString::fromStdString(line.substr(line.find(' ') + 1)).trimmed(); // without the tag
        qCDebug(lcImap).noquote() << "S:" << QString::fromStdString(line.substr(0, 200));
    }

private:
    std::shared_ptr<Watchdog> m_watchdog;
};

class PhaseTracerFactory : public vmime::net::tracerFactory
{
public:
    explicit PhaseTracerFactory(std::shared_ptr<Watchdog> watchdog) : m_watchdog(std::move(watchdog)) {}
    vmime::shared_ptr<vmime::net::tracer> create(vmime::shared_ptr<vmime::net::service>, int) override
    {
        return vmime::make_shared<PhaseTracer>(m_watchdog);
    }

private:
    std::shared_ptr<Watchdog> m_watchdog;
};

// vmime reports every failed connect alike (and with a wrong errno): when one fails fast,
// this tries once more itself to tell an unknown name from a refused or unanswered connect.
enum class Reach { Unresolved, Refused, TimedOut, Unreachable, Reachable };
struct Diagnosis
{
    Reach reach;
    QString detail;
};

Diagnosis diagnose(const QString &host, quint16 port, std::chrono::milliseconds budget)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (rc != 0)
        return {Reach::Unresolved, QString::fromLocal8Bit(::gai_strerror(rc))};
    const std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> guard(found, &::freeaddrinfo);

    const Clock::time_point end = Clock::now() + budget;
    bool timedOut = false;
    bool refused = false;
    QString other;
    for (const addrinfo *a = found; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int error = 0;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                pollfd p{fd, POLLOUT, 0};
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
                if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) {
                    error = ETIMEDOUT;
                } else {
                    socklen_t size = sizeof error;
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
                }
            }
        }
        ::close(fd);
        if (error == 0)
            return {Reach::Reachable, {}};
        if (error == ETIMEDOUT)
            timedOut = true;
        else if (error == ECONNREFUSED)
            refused = true;
        else if (other.isEmpty())
            other = qt_error_string(error);
    }
    if (timedOut)
        return {Reach::TimedOut, {}};
    if (refused)
        return {Reach::Refused, {}};
    return {Reach::Unreachable, other};
}

// vmime's message and the ones it wraps: "Error while connecting socket.: Connection refused".
// Without the trailing full stops, as it goes inside a sentence.
QString exceptionText(const std::exception &e)
{
    const auto clean = [](const char *what) {
        QString text = QString::fromLocal8Bit(what).trimmed();
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    };
    QString text = clean(e.what());
    if (const auto *v = dynamic_cast<const vmime::exception *>(&e)) {
        for (const vmime::exception *inner = v->other(); inner; inner = inner->other())
            text += QStringLiteral(": ") + clean(inner->what());
    }
    return text;
}

QString phaseText(Phase phase, const QString &folder)
{
    switch (phase) {
    case Phase::Connecting:
        return ImapText::tr("connecting");
    case Phase::TlsHandshake:
        return ImapText::tr("setting up TLS");
    case Phase::Greeting:
        return ImapText::tr("waiting for the server's greeting");
    case Phase::LoggingIn:
        return ImapText::tr("logging in");
    case Phase::OpeningFolder:
        return ImapText::tr("opening folder \"%1\"").arg(folder);
    case Phase::Listing:
        return ImapText::tr("listing new messages");
    case Phase::Fetching:
        return ImapText::tr("fetching messages");
    case Phase::LoggingOut:
        return ImapText::tr("logging out");
    }
    return {};
}

} // namespace

struct ImapSession::Response
{
    std::unique_ptr<IMAPParser::response> parsed;
    IMAPParser::resp_cond_state::Status status = IMAPParser::resp_cond_state::BAD;
    QString text; // the tagged answer's text, for messages

    // The untagged data lines (`* ...`) of the answer.
    template<typename Visit>
    void forEachData(Visit visit) const
    {
        for (const IMAPParser::continue_req_or_response_data *item : parsed->continue_req_or_response_data()) {
            if (const IMAPParser::response_data *data = item->response_data())
                visit(*data);
        }
    }
};

ImapSession::ImapSession(const ImapSettings &settings, const QString &password, std::shared_ptr<Watchdog> watchdog)
    : m_settings(settings), m_watchdog(std::move(watchdog)), m_certificate(std::make_shared<ServerCertificate>())
{
    ensureVmimePlatform();
    const X509List roots = caFileRoots(settings.caFile);

    const bool implicitTls = settings.tls == TlsMode::Implicit;
    const vmime::utility::url url(implicitTls ? "imaps" : "imap", settings.host.toStdString(), settings.port);
    m_store = vmime::dynamicCast<vmime::net::imap::IMAPStore>(vmime::net::session::create()->getStore(url));
    m_store->setProperty("auth.username", settings.account.toStdString());
    m_store->setProperty("auth.password", password.toStdString());
    m_store->setProperty("options.sasl", true);
    m_store->setProperty("options.sasl.fallback", false);
    m_store->setAuthenticator(vmime::make_shared<SingleAttemptAuthenticator>(m_noSaslMechanism));
    if (settings.tls == TlsMode::StartTls) {
        // required: a server without STARTTLS is an error, never a silent plain-text login
        m_store->setProperty("connection.tls", true);
        m_store->setProperty("connection.tls.required", true);
    } else if (settings.tls == TlsMode::None) {
        m_store->setProperty("connection.tls", false);
    }
    m_store->setCertificateVerifier(vmime::make_shared<RecordingCertificateVerifier>(roots, m_certificate));
    m_store->setTimeoutHandlerFactory(vmime::make_shared<WatchdogTimeoutFactory>(m_watchdog));
    m_store->setTracerFactory(vmime::make_shared<PhaseTracerFactory>(m_watchdog));
}

ImapSession::~ImapSession()
{
    close();
}

QString ImapSession::where() const
{
    const QString host = m_settings.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_settings.host) : m_settings.host;
    return QStringLiteral("%1:%2").arg(host).arg(m_settings.port);
}

void ImapSession::connect()
{
    m_watchdog->phase = Phase::Connecting;
    try {
        m_store->connect();
        if (m_settings.tls != TlsMode::None && !m_store->isSecuredConnection()) {
            throw ImapError{ImapFailure::Protocol,
                            ImapText::tr("The connection to %1 is not encrypted although the source asks for TLS.").arg(where())};
        }
        for (const vmime::string &capability : m_store->getConnection()->getCapabilities())
            m_capabilities << QString::fromStdString(capability);
    } catch (const ImapError &) {
        throw;
    } catch (...) {
        rethrowClassified(m_watchdog->phase);
    }
}

ImapSession::Response ImapSession::command(const std::string &text, Phase phase)
{
    m_watchdog->phase = phase;
    const vmime::shared_ptr<vmime::net::imap::IMAPConnection> connection = m_store->getConnection();
    if (!connection || !connection->isConnected())
        throw vmime::exceptions::not_connected();
    connection->sendCommand(IMAPCommand::createCommand(text));
    Response response;
    response.parsed.reset(connection->readResponse());
    const IMAPParser::response_done *done = response.parsed->response_done();
    if (!done || !done->response_tagged()) {
        QString bye;
        if (done && done->response_fatal() && done->response_fatal()->resp_cond_bye())
            bye = QString::fromStdString(done->response_fatal()->resp_cond_bye()->resp_text()->text());
        throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 closed the connection while %2: %3")
                                                   .arg(where(), phaseText(phase, m_settings.folder), bye)};
    }
    const IMAPParser::resp_cond_state *state = done->response_tagged()->resp_cond_state();
    response.status = state->status();
    response.text = QString::fromStdString(state->resp_text()->text());
    return response;
}

// The folder's name as IMAP wants it: split at the server's hierarchy separator, each part in
// modified UTF-7, quoted.
std::string ImapSession::mailboxName() const
{
    const char separator = m_store->getConnection()->hierarchySeparator();
    vmime::net::folder::path path;
    const QStringList parts = separator ? m_settings.folder.split(QLatin1Char(separator)) : QStringList{m_settings.folder};
    for (const QString &part : parts)
        path /= vmime::net::folder::path::component(part.toStdString(), vmime::charset(vmime::charsets::UTF_8));
    return IMAPUtils::quoteString(IMAPUtils::pathToString(separator, path));
}

QStringList ImapSession::folderNames()
{
    QStringList names;
    const Response response = command("LIST \"\" \"*\"", Phase::OpeningFolder);
    response.forEachData([&](const IMAPParser::response_data &data) {
        const IMAPParser::mailbox_data *mailbox = data.mailbox_data();
        if (mailbox && mailbox->type() == IMAPParser::mailbox_data::LIST && mailbox->mailbox_list()) {
            const vmime::word name = IMAPUtils::fromModifiedUTF7(mailbox->mailbox_list()->mailbox()->name());
            names << QString::fromStdString(name.getConvertedText(vmime::charset(vmime::charsets::UTF_8)));
        }
    });
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ImapSession::folderExists()
{
    bool exists = false;
    const Response response = command("LIST \"\" " + mailboxName(), Phase::OpeningFolder);
    response.forEachData([&](const IMAPParser::response_data &data) {
        const IMAPParser::mailbox_data *mailbox = data.mailbox_data();
        exists = exists || (mailbox && mailbox->type() == IMAPParser::mailbox_data::LIST);
    });
    return exists;
}

ImapSession::FolderInfo ImapSession::examine()
{
    try {
        // EXAMINE, not SELECT: the folder is read-only for this session, nothing can set \Seen.
        const Response response = command("EXAMINE " + mailboxName(), Phase::OpeningFolder);
        if (response.status != IMAPParser::resp_cond_state::OK) {
            if (folderExists()) {
                throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 did not open folder \"%2\": %3")
                                                           .arg(where(), m_settings.folder, response.text)};
            }
            QStringList names = folderNames();
            constexpr int kShown = 20;
            if (names.size() > kShown) {
                names = names.mid(0, kShown);
                names << QStringLiteral("…");
            }
            throw ImapError{ImapFailure::FolderMissing,
                            ImapText::tr("There is no folder \"%1\" for account %2 at %3. Folders there: %4.")
                                .arg(m_settings.folder, m_settings.account, where(), names.join(QStringLiteral(", ")))};
        }
        FolderInfo info;
        response.forEachData([&](const IMAPParser::response_data &data) {
            if (const IMAPParser::mailbox_data *mailbox = data.mailbox_data()) {
                if (mailbox->type() == IMAPParser::mailbox_data::EXISTS && mailbox->number())
                    info.exists = qint64(mailbox->number()->value());
            }
            if (const IMAPParser::resp_cond_state *state = data.resp_cond_state()) {
                const IMAPParser::resp_text_code *code = state->resp_text() ? state->resp_text()->resp_text_code() : nullptr;
                if (code && code->type() == IMAPParser::resp_text_code::UIDVALIDITY && code->nz_number())
                    info.uidValidity = quint32(code->nz_number()->value());
            }
        });
        return info;
    } catch (const ImapError &) {
        throw;
    } catch (...) {
        rethrowClassified(m_watchdog->phase);
    }
}

QList<quint32> ImapSession::uidsAfter(quint32 after)
{
    if (after == std::numeric_limits<quint32>::max())
        return {};
    try {
        const Response response = command("UID SEARCH UID " + std::to_string(after + 1) + ":*", Phase::Listing);
        if (response.status != IMAPParser::resp_cond_state::OK) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 could not list the messages of folder \"%2\": %3")
                                                       .arg(where(), m_settings.folder, response.text)};
        }
        QList<quint32> uids;
        response.forEachData([&](const IMAPParser::response_data &data) {
            const IMAPParser::mailbox_data *mailbox = data.mailbox_data();
            if (!mailbox || mailbox->type() != IMAPParser::mailbox_data::SEARCH)
                return;
            for (const IMAPParser::nz_number *n : mailbox->search_nz_number_list()) {
                // "n:*" also matches the newest message when all UIDs are below n
                if (n->value() > after)
                    uids << quint32(n->value());
            }
        });
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
        return uids;
    } catch (const ImapError &) {
        throw;
    } catch (...) {
        rethrowClassified(m_watchdog->phase);
    }
}

QList<ImapMessage> ImapSession::fetch(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return {};
    // vmime groups consecutive UIDs into ranges: "1:5,7,9:12".
    std::vector<vmime::net::message::uid> ids;
    ids.reserve(size_t(uids.size()));
    for (quint32 uid : uids)
        ids.emplace_back(std::to_string(uid));
    const std::string set = IMAPUtils::messageSetToSequenceSet(vmime::net::messageSet::byUID(ids));
    try {
        // BODY.PEEK: fetching never sets \Seen, even on a server that ignored EXAMINE.
        const Response response = command("UID FETCH " + set + " (UID BODY.PEEK[])", Phase::Fetching);
        if (response.status != IMAPParser::resp_cond_state::OK) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 could not deliver messages of folder \"%2\": %3")
                                                       .arg(where(), m_settings.folder, response.text)};
        }
        std::map<quint32, QByteArray> bodies;
        response.forEachData([&](const IMAPParser::response_data &data) {
            const IMAPParser::message_data *message = data.message_data();
            if (!message || message->type() != IMAPParser::message_data::FETCH || !message->msg_att())
                return;
            quint32 uid = 0;
            const IMAPParser::nstring *body = nullptr;
            for (const IMAPParser::msg_att_item *item : message->msg_att()->items()) {
                if (item->type() == IMAPParser::msg_att_item::UID && item->unique_id())
                    uid = quint32(item->unique_id()->value());
                else if (item->type() == IMAPParser::msg_att_item::BODY_SECTION && item->nstring())
                    body = item->nstring();
            }
            // Unsolicited FETCH responses (flag changes of other messages) carry no body.
            if (uid && body && !body->isNIL() && std::binary_search(uids.begin(), uids.end(), uid))
                bodies[uid] = QByteArray(body->value().data(), qsizetype(body->value().size()));
        });
        QList<ImapMessage> messages;
        messages.reserve(qsizetype(bodies.size()));
        for (auto &[uid, raw] : bodies)
            messages.append(ImapMessage{uid, std::move(raw)});
        return messages;
    } catch (const ImapError &) {
        throw;
    } catch (...) {
        rethrowClassified(m_watchdog->phase);
    }
}

void ImapSession::close() noexcept
{
    try {
        if (m_store && m_store->isConnected()) {
            m_watchdog->phase = Phase::LoggingOut;
            m_store->disconnect(); // LOGOUT; gives up at once when the watchdog has tripped
        }
    } catch (...) {
        // the session is over either way; the socket goes with the store
    }
}

QString ImapSession::timeoutText() const
{
    const int seconds = int(m_watchdog->silence.count() / 1000);
    switch (m_watchdog->phase) {
    case Phase::Connecting:
        return ImapText::tr("No connection to %1 within %n second(s): the host does not answer (a firewall may drop the connection).",
                            nullptr, seconds).arg(where());
    case Phase::TlsHandshake:
        return ImapText::tr("The TLS handshake with %1 did not finish within %n second(s).", nullptr, seconds).arg(where());
    case Phase::Greeting:
        return ImapText::tr("%1 accepted the connection but did not answer within %n second(s). If that port expects "
                            "implicit TLS (usually 993), choose implicit TLS.", nullptr, seconds).arg(where());
    case Phase::LoggingIn:
        return ImapText::tr("The login at %1 got no answer within %n second(s).", nullptr, seconds).arg(where());
    case Phase::OpeningFolder:
    case Phase::Listing:
    case Phase::Fetching:
    case Phase::LoggingOut:
        break;
    }
    return ImapText::tr("%1 stopped answering while %2 (nothing for %n second(s)).", nullptr, seconds)
        .arg(where(), phaseText(m_watchdog->phase, m_settings.folder));
}

// Called from a catch block: turns whatever vmime threw into an ImapError. The watchdog and the
// certificate verdict come first, since vmime reports both as generic exceptions.
void ImapSession::rethrowClassified(Phase phase)
{
    if (m_watchdog->tripped == Watchdog::Tripped::Cancelled)
        throw ImapError{ImapFailure::Cancelled, ImapText::tr("Cancelled while %1.").arg(phaseText(phase, m_settings.folder))};
    if (m_watchdog->tripped == Watchdog::Tripped::Timeout) {
        // vmime's trace does not tell when a plain connect succeeded: ask once, briefly, whether
        // the host takes connections (silent server) or not (dropped on the way).
        if (phase == Phase::Connecting && diagnose(m_settings.host, m_settings.port, std::chrono::milliseconds(500)).reach == Reach::Reachable)
            m_watchdog->phase = Phase::Greeting;
        throw ImapError{ImapFailure::Timeout, timeoutText()};
    }
    const QString rejection = verdictText(*m_certificate);
    if (!rejection.isEmpty()) {
        throw ImapError{ImapFailure::TlsUntrusted,
                        ImapText::tr("The certificate of %1 is not trusted: %2. Certificate subject: %3; SHA-256 fingerprint: %4.")
                            .arg(where(), rejection, m_certificate->subject, m_certificate->fingerprint)};
    }

    try {
        throw;
    } catch (const vmime::exceptions::authentication_error &e) {
        if (*m_noSaslMechanism) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 offers no login method NocDesk can use (such as "
                                                                "AUTH=PLAIN); the password was not sent.")
                                                       .arg(where())};
        }
        const QString said = m_watchdog->loginAnswer.isEmpty() ? QString::fromStdString(e.response()).trimmed()
                                                                : m_watchdog->loginAnswer;
        throw ImapError{ImapFailure::LoginRejected,
                        ImapText::tr("%1 rejected the login of account \"%2\"; check the account name and the password.")
                                .arg(where(), m_settings.account)
                            + (said.isEmpty() ? QString() : QLatin1Char(' ') + ImapText::tr("The server said: %1").arg(said))};
    } catch (const std::exception &e) {
        const QString detail = exceptionText(e);
        // vmime's socket and TLS layers often throw a plain vmime::exception ("EPIPE: broken
        // pipe"), so only the IMAP-level failures are recognised by type: everything else is
        // the connection's.
        const bool imapLevel = dynamic_cast<const vmime::exceptions::command_error *>(&e)
            || dynamic_cast<const vmime::exceptions::invalid_response *>(&e);
        if (m_settings.tls == TlsMode::StartTls && phase <= Phase::Greeting && detail.contains(QLatin1String("STARTTLS"))) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 does not offer STARTTLS, and the password is never sent "
                                                                "unencrypted. Choose implicit TLS (usually port 993) if the "
                                                                "server has it.")
                                                       .arg(where())};
        }
        if (imapLevel) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("%1 answered unexpectedly while %2: %3")
                                                       .arg(where(), phaseText(phase, m_settings.folder), detail)};
        }
        if (phase == Phase::Connecting) {
            // vmime's own lookup failed (getaddrinfo_a): no second DNS query needed to say so
            const Diagnosis diagnosis = detail.contains(QLatin1String("getaddrinfo"))
                ? Diagnosis{Reach::Unresolved, detail.section(QStringLiteral(": "), -1)}
                : diagnose(m_settings.host, m_settings.port, m_watchdog->silence);
            switch (diagnosis.reach) {
            case Reach::Unresolved:
                throw ImapError{ImapFailure::NameNotResolved, ImapText::tr("The host name %1 could not be resolved (%2). Check the "
                                                                           "spelling and the DNS.")
                                                                  .arg(m_settings.host, diagnosis.detail)};
            case Reach::Refused:
                throw ImapError{ImapFailure::ConnectionRefused,
                                ImapText::tr("%1 refused the connection: nothing listens on that port. Check the host and port.").arg(where())};
            case Reach::TimedOut:
                throw ImapError{ImapFailure::Timeout, timeoutText()};
            case Reach::Unreachable:
                throw ImapError{ImapFailure::ConnectionRefused, ImapText::tr("%1 cannot be reached: %2").arg(where(), diagnosis.detail)};
            case Reach::Reachable:
                break;
            }
            throw ImapError{ImapFailure::Protocol, ImapText::tr("Connecting to %1 failed: %2").arg(where(), detail)};
        }
        if (phase == Phase::TlsHandshake) {
            throw ImapError{ImapFailure::Protocol, ImapText::tr("The TLS handshake with %1 failed: %2. Check the port and the TLS "
                                                                "mode (implicit TLS is usually port 993, STARTTLS port 143).")
                                                       .arg(where(), detail)};
        }
        throw ImapError{ImapFailure::Protocol, ImapText::tr("The connection to %1 was lost while %2: %3")
                                                   .arg(where(), phaseText(phase, m_settings.folder), detail)};
    } catch (...) {
        throw ImapError{ImapFailure::Protocol, ImapText::tr("Unexpected failure while %1 at %2.")
                                                   .arg(phaseText(phase, m_settings.folder), where())};
    }
}

} // namespace nocdesk::mail::detail
