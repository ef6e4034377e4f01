#include "FakeGoogle.h"

#include "TestCrypto.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

using Status = QHttpServerResponder::StatusCode;

const QString kReadonly = QStringLiteral("https://www.googleapis.com/auth/gmail.readonly");
const QString kModify = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");
const QString kJwtBearer = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

// application/x-www-form-urlencoded, read the way Google reads it: '+' is a space.
QHash<QString, QString> decodeForm(QByteArray data)
{
    QHash<QString, QString> fields;
    data.replace('+', ' ');
    for (const QByteArray &pair : data.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        fields.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return fields;
}

QHash<QString, QString> queryOf(const QHttpServerRequest &request)
{
    return decodeForm(request.url().query(QUrl::FullyEncoded).toLatin1());
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QHttpServerResponse json(const QJsonObject &object, int status = 200)
{
    return QHttpServerResponse(object, static_cast<Status>(status));
}

// The Gmail API's error shape.
QHttpServerResponse apiError(int code, const QString &message, const QString &reason, const QString &status)
{
    const QJsonObject detail{{QStringLiteral("message"), message},
                             {QStringLiteral("domain"), QStringLiteral("global")},
                             {QStringLiteral("reason"), reason}};
    return json(QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("errors"), QJsonArray{detail}},
                                         {QStringLiteral("status"), status}}}},
                code);
}

// The token endpoint's error shape (RFC 6749 5.2).
QHttpServerResponse oauthError(int code, const QString &error, const QString &description)
{
    return json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
                code);
}

QHttpServerResponse unauthenticated()
{
    QHttpServerResponse response = apiError(
        401,
        QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
                       "cookie or other valid authentication credential. See "
                       "https://developers.google.com/identity/sign-in/web/devconsole-project."),
        QStringLiteral("authError"), QStringLiteral("UNAUTHENTICATED"));
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\""));
    return response;
}

QByteArray base64UrlDecode(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

} // namespace

FakeGoogle::FakeGoogle()
{
    for (const QString &id : {QStringLiteral("INBOX"), QStringLiteral("SENT"), QStringLiteral("TRASH"),
                              QStringLiteral("UNREAD"), QStringLiteral("SPAM")})
        addLabel(id, id, QStringLiteral("system"));
    setUpRoutes();
}

void FakeGoogle::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server.sslSetup(certificate, key);
    m_tls = true;
}

bool FakeGoogle::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeGoogle::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl FakeGoogle::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/token"));
    return url;
}

QUrl FakeGoogle::authUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/o/oauth2/v2/auth"));
    return url;
}

void FakeGoogle::addServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem, const QString &subject)
{
    m_serviceAccounts.insert(clientEmail, ServiceAccount{publicKeyPem, subject});
}

void FakeGoogle::addLabel(const QString &id, const QString &name, const QString &type)
{
    m_labels.append({id, name});
    m_labelTypes.insert(id, type);
}

void FakeGoogle::addMessage(const Message &message)
{
    m_messages.append(message);
}

FakeGoogle::Message FakeGoogle::message(const QString &id) const
{
    for (const Message &m : m_messages) {
        if (m.id == id)
            return m;
    }
    return {};
}

QString FakeGoogle::newAccessToken(const Grant &grant)
{
    const QString token = QStringLiteral("ya29.fake-access-%1").arg(++m_serial);
    m_accessTokens.insert(token, grant);
    return token;
}

QString FakeGoogle::grantRefreshToken(const QStringList &scopes)
{
    const QString token = QStringLiteral("1//0fake-refresh-%1").arg(++m_serial);
    m_refreshTokens.insert(token, Grant{scopes, {}});
    return token;
}

QString FakeGoogle::grantAccessToken(const QStringList &scopes)
{
    return newAccessToken(Grant{scopes, {}});
}

void FakeGoogle::revokeRefreshToken(const QString &refreshToken)
{
    m_refreshTokens.remove(refreshToken);
}

void FakeGoogle::expireAccessTokens()
{
    m_accessTokens.clear();
}

void FakeGoogle::failNext(Endpoint endpoint, const QList<int> &statuses)
{
    m_failures[endpoint].append(statuses);
}

std::optional<QHttpServerResponse> FakeGoogle::arrive(Endpoint endpoint)
{
    ++m_requests[endpoint];
    QList<int> &queue = m_failures[endpoint];
    if (queue.isEmpty())
        return std::nullopt;
    const int status = queue.takeFirst();
    if (endpoint == Endpoint::Token)
        return oauthError(status, QStringLiteral("internal_failure"), QStringLiteral("Backend Error"));
    switch (status) {
    case 429:
        return apiError(429, QStringLiteral("Too many concurrent requests for user."),
                        QStringLiteral("rateLimitExceeded"), QStringLiteral("RESOURCE_EXHAUSTED"));
    case 503:
        return apiError(503, QStringLiteral("The service is currently unavailable."),
                        QStringLiteral("backendError"), QStringLiteral("UNAVAILABLE"));
    default:
        return apiError(status, QStringLiteral("Internal error encountered."), QStringLiteral("backendError"),
                        QStringLiteral("INTERNAL"));
    }
}

std::optional<QHttpServerResponse> FakeGoogle::checkBearer(const QHttpServerRequest &request, bool needsModify) const
{
    const QByteArray authorization = header(request, QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Bearer "))
        return unauthenticated();
    const auto grant = m_accessTokens.constFind(QString::fromLatin1(authorization.mid(7)));
    if (grant == m_accessTokens.constEnd())
        return unauthenticated();
    const bool canModify = grant->scopes.contains(kModify);
    if (!(canModify || (!needsModify && grant->scopes.contains(kReadonly))))
        return apiError(403, QStringLiteral("Request had insufficient authentication scopes."),
                        QStringLiteral("insufficientPermissions"), QStringLiteral("PERMISSION_DENIED"));
    return std::nullopt;
}

void FakeGoogle::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/o/oauth2/v2/auth"), Method::Get,
                   [this](const QHttpServerRequest &request) { return authorizeEndpoint(request); });
    m_server.route(QStringLiteral("/token"), Method::Post,
                   [this](const QHttpServerRequest &request) { return tokenEndpoint(request); });
    m_server.route(QStringLiteral("/gmail/v1/users/me/profile"), Method::Get,
                   [this](const QHttpServerRequest &request) { return profile(request); });
    m_server.route(QStringLiteral("/gmail/v1/users/me/labels"), Method::Get,
                   [this](const QHttpServerRequest &request) { return labels(request); });
    m_server.route(QStringLiteral("/gmail/v1/users/me/messages"), Method::Get,
                   [this](const QHttpServerRequest &request) { return listMessages(request); });
    m_server.route(QStringLiteral("/gmail/v1/users/me/messages/<arg>/modify"), Method::Post,
                   [this](const QString &id, const QHttpServerRequest &request) { return modifyMessage(id, request); });
    m_server.route(QStringLiteral("/gmail/v1/users/me/messages/<arg>"), Method::Get,
                   [this](const QString &id, const QHttpServerRequest &request) { return getMessage(id, request); });
}

QHttpServerResponse FakeGoogle::authorizeEndpoint(const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::Authorize))
        return std::move(*failure);
    lastAuthorizeUrl = request.url();
    const QHash<QString, QString> query = queryOf(request);
    auto refuse = [](const QByteArray &why) {
        return QHttpServerResponse(QByteArrayLiteral("text/html"), QByteArrayLiteral("<p>Error 400: ") + why,
                                   Status::BadRequest);
    };
    if (query.value(QStringLiteral("client_id")) != clientId)
        return refuse("invalid_client");
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return refuse("unsupported_response_type");
    const QUrl redirect(query.value(QStringLiteral("redirect_uri")));
    if (redirect.scheme() != QLatin1String("http") || redirect.host() != QLatin1String("127.0.0.1")
        || redirect.port() <= 0)
        return refuse("redirect_uri_mismatch");
    // Google accepts a request without PKCE; this fake insists, so a client that forgets fails.
    if (query.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
        || query.value(QStringLiteral("code_challenge")).isEmpty())
        return refuse("invalid_request: code_challenge");

    QList<QPair<QString, QString>> back{{QStringLiteral("state"), query.value(QStringLiteral("state"))}};
    if (denyConsent) {
        back.append({QStringLiteral("error"), QStringLiteral("access_denied")});
    } else {
        // Google's codes start "4/" and arrive percent-encoded in the redirect.
        const QString code = QStringLiteral("4/0AfJohX-fake-code_%1").arg(++m_serial);
        m_codes.insert(code, PendingCode{redirect.toString(), query.value(QStringLiteral("code_challenge")),
                                         query.value(QStringLiteral("scope")).split(QLatin1Char(' '),
                                                                                    Qt::SkipEmptyParts)});
        back.append({QStringLiteral("code"), code});
        back.append({QStringLiteral("scope"), query.value(QStringLiteral("scope"))});
    }
    QByteArray encoded;
    for (const auto &[name, value] : back) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl location = redirect;
    location.setQuery(QString::fromLatin1(encoded), QUrl::TolerantMode);
    QHttpServerResponse response(QByteArrayLiteral("text/html"), QByteArray(), Status::Found);
    response.addHeader(QByteArrayLiteral("Location"), location.toEncoded());
    return response;
}

QHttpServerResponse FakeGoogle::tokenEndpoint(const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::Token))
        return std::move(*failure);
    if (!header(request, QByteArrayLiteral("Content-Type")).startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Invalid Content-Type"));
    const QHash<QString, QString> form = decodeForm(request.body());
    const QString grantType = form.value(QStringLiteral("grant_type"));
    grantTypes.append(grantType);

    if (grantType == kJwtBearer)
        return jwtBearer(form);
    if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Invalid grant_type: ") + grantType);
    if (form.value(QStringLiteral("client_id")) != clientId
        || form.value(QStringLiteral("client_secret")) != clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));

    if (grantType == QLatin1String("refresh_token")) {
        const auto grant = m_refreshTokens.constFind(form.value(QStringLiteral("refresh_token")));
        if (grant == m_refreshTokens.constEnd())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Token has been expired or revoked."));
        return json(QJsonObject{{QStringLiteral("access_token"), newAccessToken(*grant)},
                                {QStringLiteral("expires_in"), 3599},
                                {QStringLiteral("scope"), grant->scopes.join(QLatin1Char(' '))},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    }

    lastCodeReceived = form.value(QStringLiteral("code"));
    lastPkceVerified = false;
    if (!m_codes.contains(lastCodeReceived))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Malformed auth code."));
    const PendingCode pending = m_codes.take(lastCodeReceived); // a code works once
    if (form.value(QStringLiteral("redirect_uri")) != pending.redirectUri)
        return oauthError(400, QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Bad Request"));
    const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
    if (verifier.isEmpty())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Missing code verifier."));
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (challenge != pending.challenge.toLatin1())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid code verifier."));
    lastPkceVerified = true;
    const QString refreshToken = grantRefreshToken(pending.scopes);
    return json(QJsonObject{{QStringLiteral("access_token"), newAccessToken(Grant{pending.scopes, {}})},
                            {QStringLiteral("expires_in"), 3599},
                            {QStringLiteral("refresh_token"), refreshToken},
                            {QStringLiteral("scope"), pending.scopes.join(QLatin1Char(' '))},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

QHttpServerResponse FakeGoogle::jwtBearer(const QHash<QString, QString> &form)
{
    const QList<QByteArray> parts = form.value(QStringLiteral("assertion")).toLatin1().split('.');
    if (parts.size() != 3)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT Signature."));
    const QJsonObject head = QJsonDocument::fromJson(base64UrlDecode(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(base64UrlDecode(parts[1])).object();
    const auto account = m_serviceAccounts.constFind(claims.value(QStringLiteral("iss")).toString());
    if (head.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")
        || account == m_serviceAccounts.constEnd()
        || !testcrypto::verifyRs256(account->publicKeyPem, parts[0] + '.' + parts[1], base64UrlDecode(parts[2])))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT Signature."));
    if (claims.value(QStringLiteral("aud")).toString() != tokenUrl().toString())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: Failed audience check."));
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (exp - iat > 3600 || exp <= now || iat > now + 300)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                                         "reasonable timeframe. Check your iat and exp values in the JWT claim."));
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    if (subject != account->subject)
        return oauthError(401, QStringLiteral("unauthorized_client"),
                          QStringLiteral("Client is unauthorized to retrieve access tokens using this method, or "
                                         "client not authorized for any of the scopes requested."));
    lastJwtSubject = subject;
    const QStringList scopes = claims.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return json(QJsonObject{{QStringLiteral("access_token"), newAccessToken(Grant{scopes, account.key()})},
                            {QStringLiteral("expires_in"), 3599},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

QHttpServerResponse FakeGoogle::profile(const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::Profile))
        return std::move(*failure);
    if (auto error = checkBearer(request, false))
        return std::move(*error);
    return json(QJsonObject{{QStringLiteral("emailAddress"), emailAddress},
                            {QStringLiteral("messagesTotal"), int(m_messages.size())},
                            {QStringLiteral("threadsTotal"), int(m_messages.size())},
                            {QStringLiteral("historyId"), QStringLiteral("4242")}});
}

QHttpServerResponse FakeGoogle::labels(const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::Labels))
        return std::move(*failure);
    if (auto error = checkBearer(request, false))
        return std::move(*error);
    QJsonArray labels;
    for (const auto &[id, name] : std::as_const(m_labels)) {
        QJsonObject label{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                          {QStringLiteral("type"), m_labelTypes.value(id)}};
        if (m_labelTypes.value(id) == QLatin1String("user")) {
            label.insert(QStringLiteral("messageListVisibility"), QStringLiteral("show"));
            label.insert(QStringLiteral("labelListVisibility"), QStringLiteral("labelShow"));
        }
        labels.append(label);
    }
    return json(QJsonObject{{QStringLiteral("labels"), labels}});
}

bool FakeGoogle::matches(const Message &message, const QString &query) const
{
    // Gmail's search, as much as NocDesk sends: terms are ANDed, a {...} group is ORed, and
    // after:/before: take epoch seconds or yyyy/mm/dd.
    auto termMatches = [&message](const QString &term) {
        const bool negated = term.startsWith(QLatin1Char('-'));
        const QString body = negated ? term.mid(1) : term;
        bool result = false;
        if (body.startsWith(QLatin1String("from:"))) {
            result = message.from.contains(body.mid(5), Qt::CaseInsensitive);
        } else if (body.startsWith(QLatin1String("after:")) || body.startsWith(QLatin1String("before:"))) {
            const QString value = body.section(QLatin1Char(':'), 1);
            bool isNumber = false;
            qint64 seconds = value.toLongLong(&isNumber);
            if (!isNumber)
                seconds = QDateTime(QDate::fromString(value, QStringLiteral("yyyy/MM/dd")), QTime(0, 0), Qt::UTC)
                              .toSecsSinceEpoch();
            const qint64 received = message.internalDate.toSecsSinceEpoch();
            result = body.startsWith(QLatin1String("after:")) ? received > seconds : received < seconds;
        } else {
            result = QString::fromLatin1(message.raw).contains(body, Qt::CaseInsensitive);
        }
        return negated ? !result : result;
    };
    QStringList group;
    bool inGroup = false;
    QString term;
    bool all = true;
    auto endTerm = [&] {
        if (term.isEmpty())
            return;
        if (inGroup)
            group.append(term);
        else
            all = all && termMatches(term);
        term.clear();
    };
    for (const QChar c : query) {
        if (c == QLatin1Char('{')) {
            endTerm();
            inGroup = true;
            group.clear();
        } else if (c == QLatin1Char('}')) {
            endTerm();
            inGroup = false;
            all = all && std::any_of(group.cbegin(), group.cend(), termMatches);
        } else if (c.isSpace()) {
            endTerm();
        } else {
            term.append(c);
        }
    }
    endTerm();
    return all;
}

QHttpServerResponse FakeGoogle::listMessages(const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::MessagesList))
        return std::move(*failure);
    if (auto error = checkBearer(request, false))
        return std::move(*error);
    const QHash<QString, QString> query = queryOf(request);
    const QString q = query.value(QStringLiteral("q"));
    listQueries.append(q);
    const int maxResults = std::clamp(query.value(QStringLiteral("maxResults"), QStringLiteral("100")).toInt(), 1, 500);
    int offset = 0;
    const QString pageToken = query.value(QStringLiteral("pageToken"));
    if (!pageToken.isEmpty()) {
        offset = m_pageOffsets.value(pageToken, -1);
        if (offset < 0)
            return apiError(400, QStringLiteral("Invalid pageToken"), QStringLiteral("invalidArgument"),
                            QStringLiteral("INVALID_ARGUMENT"));
    }
    QList<Message> found;
    for (const Message &message : std::as_const(m_messages)) {
        if (matches(message, q))
            found.append(message);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Message &a, const Message &b) { return a.internalDate > b.internalDate; });

    QJsonObject page;
    QJsonArray messages;
    for (int i = offset; i < found.size() && i < offset + maxResults; ++i)
        messages.append(QJsonObject{{QStringLiteral("id"), found[i].id}, {QStringLiteral("threadId"), found[i].threadId}});
    if (!messages.isEmpty()) // Gmail leaves "messages" out when there are none
        page.insert(QStringLiteral("messages"), messages);
    if (offset + maxResults < found.size()) {
        const QString next = QStringLiteral("0%1").arg(quint64(++m_serial) * 7919u + 1000000u);
        m_pageOffsets.insert(next, offset + maxResults);
        page.insert(QStringLiteral("nextPageToken"), next);
    }
    page.insert(QStringLiteral("resultSizeEstimate"), int(found.size()));
    return json(page);
}

QHttpServerResponse FakeGoogle::getMessage(const QString &id, const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::MessagesGet))
        return std::move(*failure);
    if (auto error = checkBearer(request, false))
        return std::move(*error);
    const auto found = std::find_if(m_messages.cbegin(), m_messages.cend(), [&id](const Message &m) { return m.id == id; });
    if (found == m_messages.cend())
        return apiError(404, QStringLiteral("Requested entity was not found."), QStringLiteral("notFound"),
                        QStringLiteral("NOT_FOUND"));
    QJsonObject object{{QStringLiteral("id"), found->id},
                       {QStringLiteral("threadId"), found->threadId},
                       {QStringLiteral("labelIds"), QJsonArray::fromStringList(found->labelIds)},
                       {QStringLiteral("snippet"), QString()},
                       {QStringLiteral("sizeEstimate"), int(found->raw.size())},
                       {QStringLiteral("historyId"), QStringLiteral("4242")},
                       {QStringLiteral("internalDate"), QString::number(found->internalDate.toMSecsSinceEpoch())}};
    if (queryOf(request).value(QStringLiteral("format")) == QLatin1String("raw"))
        object.insert(QStringLiteral("raw"), QString::fromLatin1(found->raw.toBase64(QByteArray::Base64UrlEncoding)));
    return json(object);
}

QHttpServerResponse FakeGoogle::modifyMessage(const QString &id, const QHttpServerRequest &request)
{
    if (auto failure = arrive(Endpoint::MessagesModify))
        return std::move(*failure);
    if (auto error = checkBearer(request, true))
        return std::move(*error);
    const auto found = std::find_if(m_messages.begin(), m_messages.end(), [&id](const Message &m) { return m.id == id; });
    if (found == m_messages.end())
        return apiError(404, QStringLiteral("Requested entity was not found."), QStringLiteral("notFound"),
                        QStringLiteral("NOT_FOUND"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonArray add = body.value(QStringLiteral("addLabelIds")).toArray();
    const QJsonArray remove = body.value(QStringLiteral("removeLabelIds")).toArray();
    for (const QJsonValue &label : add) {
        if (!m_labelTypes.contains(label.toString()))
            return apiError(400, QStringLiteral("Invalid label: ") + label.toString(), QStringLiteral("invalidArgument"),
                            QStringLiteral("INVALID_ARGUMENT"));
    }
    for (const QJsonValue &label : add) {
        if (!found->labelIds.contains(label.toString()))
            found->labelIds.append(label.toString());
    }
    for (const QJsonValue &label : remove)
        found->labelIds.removeAll(label.toString());
    return json(QJsonObject{{QStringLiteral("id"), found->id},
                            {QStringLiteral("threadId"), found->threadId},
                            {QStringLiteral("labelIds"), QJsonArray::fromStringList(found->labelIds)}});
}
