#include "GoogleAuthorizer.h"

#include "FormEncoding.h"
#include "GmailLog.h"
#include "GmailTransport.h"
#include "Pkce.h"
#include "ServiceAccountJwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace nocdesk::gmail {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::gmail::GoogleAuthorizer)
};

const QUrl kGoogleTokenUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
const QUrl kGoogleAuthUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));

HttpRequest tokenRequest(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HttpRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.url = url;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.body = formEncoded(fields);
    return request;
}

// The reply handler always names itself http://127.0.0.1:PORT/PATH, so only a redirect
// registered in that form can match.
bool isHandlerRedirect(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1") && url.port() > 0;
}

} // namespace

GoogleAuthorizer::GoogleAuthorizer(const GmailSettings &settings, GmailTokenStore store, GmailTransport &transport,
                                   std::chrono::milliseconds signInTimeout)
    : m_settings(settings), m_store(std::move(store)), m_transport(transport), m_signInTimeout(signInTimeout)
{
}

GmailResult<GoogleCredentials> GoogleAuthorizer::credentials()
{
    if (!m_credentials) {
        GmailResult<GoogleCredentials> read = GoogleCredentials::fromFile(m_settings.credentialsFile);
        if (!read.ok())
            return read.error;
        m_credentials = read.value;
    }
    return *m_credentials;
}

QUrl GoogleAuthorizer::tokenUrl(const GoogleCredentials &credentials) const
{
    if (!m_settings.tokenUrl.isEmpty())
        return m_settings.tokenUrl;
    return credentials.tokenUri.isValid() && !credentials.tokenUri.isEmpty() ? credentials.tokenUri : kGoogleTokenUrl;
}

QUrl GoogleAuthorizer::authUrl(const GoogleCredentials &credentials) const
{
    if (!m_settings.authUrl.isEmpty())
        return m_settings.authUrl;
    return credentials.authUri.isValid() && !credentials.authUri.isEmpty() ? credentials.authUri : kGoogleAuthUrl;
}

QStringList GoogleAuthorizer::grantedScopes() const
{
    return m_tokens ? m_tokens->scopes : QStringList();
}

void GoogleAuthorizer::discardAccessToken()
{
    if (m_tokens) {
        m_tokens->accessToken.clear();
        m_tokens->expiresAt = QDateTime();
    }
}

GmailResult<QString> GoogleAuthorizer::accessToken(const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    const GmailResult<GoogleCredentials> creds = credentials();
    if (!creds.ok())
        return creds.error;
    if (!m_loaded) {
        GmailResult<std::optional<GmailTokens>> loaded = m_store.load();
        if (!loaded.ok())
            return loaded.error;
        m_tokens = loaded.value;
        m_loaded = true;
    }
    const QStringList required = m_settings.scopes();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (creds.value.kind == GoogleCredentials::Kind::ServiceAccount) {
        // A token is for one mailbox: a changed account needs a new one.
        if (m_tokens && m_tokens->clientId == creds.value.clientEmail && m_tokens->subject == m_settings.account
            && m_tokens->grants(required) && m_tokens->accessTokenUsable(now))
            return m_tokens->accessToken;
        return serviceAccountToken(creds.value, deadline, cancelled);
    }

    if (!m_tokens || m_tokens->refreshToken.isEmpty())
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("NocDesk is not signed in to the Gmail account %1 yet: sign in from the "
                                         "source's settings.")
                                    .arg(m_settings.account));
    if (m_tokens->clientId != creds.value.clientId)
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("The credentials file now holds another OAuth client than the one %1 "
                                         "signed in with: sign in again.")
                                    .arg(m_settings.account));
    if (!m_tokens->grants(required))
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("The sign-in of %1 does not allow everything the source now needs (%2); "
                                         "labelling messages needs gmail.modify. Sign in again.")
                                    .arg(m_settings.account, required.join(QStringLiteral(", "))));
    if (m_tokens->accessTokenUsable(now))
        return m_tokens->accessToken;
    return refresh(creds.value, deadline, cancelled);
}

GmailResult<QString> GoogleAuthorizer::refresh(const GoogleCredentials &credentials, const QDeadlineTimer &deadline,
                                               const CancelCheck &cancelled)
{
    qCInfo(lcGmail) << "refreshing the access token of" << m_settings.account;
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), m_tokens->refreshToken},
                                          {QStringLiteral("client_id"), credentials.clientId}};
    if (!credentials.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), credentials.clientSecret});
    const GmailResult<HttpResponse> answer =
        m_transport.sendWithRetry(tokenRequest(tokenUrl(credentials), fields), deadline, cancelled);
    if (!answer.ok())
        return answer.error;
    if (answer.value.status != 200)
        return tokenEndpointError(answer.value.status, answer.value.body, Grant::RefreshToken);
    return acceptTokenResponse(answer.value.body, credentials.clientId);
}

GmailResult<QString> GoogleAuthorizer::serviceAccountToken(const GoogleCredentials &credentials,
                                                           const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    const QUrl url = tokenUrl(credentials);
    const GmailResult<QByteArray> jwt = signServiceAccountJwt(credentials, m_settings.scopes(), m_settings.account,
                                                              url.toString(), QDateTime::currentDateTimeUtc());
    if (!jwt.ok())
        return jwt.error;
    qCInfo(lcGmail) << "requesting a token for the service account" << credentials.clientEmail;
    const GmailResult<HttpResponse> answer = m_transport.sendWithRetry(
        tokenRequest(url, {{QStringLiteral("grant_type"), kJwtBearerGrant},
                           {QStringLiteral("assertion"), QString::fromLatin1(jwt.value)}}),
        deadline, cancelled);
    if (!answer.ok())
        return answer.error;
    if (answer.value.status != 200)
        return tokenEndpointError(answer.value.status, answer.value.body, Grant::ServiceAccount);
    return acceptTokenResponse(answer.value.body, credentials.clientEmail);
}

GmailResult<QString> GoogleAuthorizer::acceptTokenResponse(const QByteArray &body, const QString &clientId)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString accessToken = object.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty())
        return GmailError::make(GmailFailure::Protocol,
                                Text::tr("Google's token endpoint answered without an access token."));
    GmailTokens tokens = m_tokens.value_or(GmailTokens());
    tokens.accessToken = accessToken;
    const int expiresIn = object.value(QLatin1String("expires_in")).toInt(3600);
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    // Google rotates refresh tokens only sometimes; keep the old one unless a new one came.
    const QString refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (!refreshToken.isEmpty())
        tokens.refreshToken = refreshToken;
    const QString scope = object.value(QLatin1String("scope")).toString();
    tokens.scopes = scope.isEmpty() ? m_settings.scopes() : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.clientId = clientId;
    tokens.subject = m_settings.account;
    m_tokens = tokens;
    m_loaded = true;
    storeQuietly();
    return accessToken;
}

void GoogleAuthorizer::storeQuietly()
{
    // A token that cannot be kept is still good for this run; the next run refreshes again.
    const GmailError saved = m_store.save(*m_tokens);
    if (!saved.ok())
        qCWarning(lcGmail) << "could not store the refreshed token:" << saved.message;
}

GmailError GoogleAuthorizer::tokenEndpointError(int status, const QByteArray &body, Grant grant) const
{
    const bool serviceAccount = grant == Grant::ServiceAccount;
    const QString code = GmailTransport::googleErrorCode(body);
    QString said = GmailTransport::googleErrorMessage(body);
    if (said.isEmpty())
        said = QString::number(status);
    if (serviceAccount && (code == QLatin1String("invalid_grant") || code == QLatin1String("unauthorized_client")))
        return GmailError::make(GmailFailure::Forbidden,
                                Text::tr("Google refused the service account's token request (%1). Check that "
                                         "its key is still active and that the Workspace admin delegated the "
                                         "scopes %2 to it for %3.")
                                    .arg(said, m_settings.scopes().join(QStringLiteral(", ")), m_settings.account),
                                status);
    if (code == QLatin1String("invalid_grant") && grant == Grant::AuthorizationCode)
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("Google did not accept the sign-in of %1 (Google: %2): sign in again.")
                                    .arg(m_settings.account, said),
                                status);
    if (code == QLatin1String("invalid_grant"))
        return GmailError::make(GmailFailure::SignInRequired,
                                Text::tr("The Gmail sign-in of %1 has expired or was revoked (Google: %2): sign "
                                         "in again.")
                                    .arg(m_settings.account, said),
                                status);
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return GmailError::make(GmailFailure::Configuration,
                                Text::tr("Google does not accept the OAuth client in the credentials file (%1): "
                                         "download it again from the Google Cloud console.")
                                    .arg(said),
                                status);
    return GmailError::make(GmailFailure::Http,
                            Text::tr("Google's token endpoint answered %1: %2").arg(QString::number(status), said),
                            status);
}

GmailError GoogleAuthorizer::signIn(const OpenBrowser &openBrowser, const CancelCheck &cancelled)
{
    const GmailResult<GoogleCredentials> creds = credentials();
    if (!creds.ok())
        return creds.error;
    if (creds.value.kind == GoogleCredentials::Kind::ServiceAccount) {
        // Nothing to sign in to: getting a token proves the key and the delegation.
        m_tokens.reset();
        m_loaded = true;
        return accessToken(QDeadlineTimer(m_signInTimeout), cancelled).error;
    }

    // A "web" client only redirects where it was registered: use its loopback redirect.
    quint16 port = 0;
    QString callbackPath;
    if (creds.value.webClient) {
        for (const QString &uri : creds.value.redirectUris) {
            const QUrl redirect(uri);
            if (isHandlerRedirect(redirect)) {
                port = quint16(redirect.port());
                callbackPath = redirect.path().mid(1);
                break;
            }
        }
        if (port == 0)
            return GmailError::make(GmailFailure::Configuration,
                                    Text::tr("The OAuth client in the credentials file is a web client without a "
                                             "redirect URI like http://127.0.0.1:PORT/: create a \"Desktop app\" "
                                             "client instead."));
    }
    QOAuthHttpServerReplyHandler handler(QHostAddress::LocalHost, port);
    if (!handler.isListening())
        return GmailError::make(GmailFailure::Network,
                                Text::tr("NocDesk cannot receive the browser's answer: port %1 on 127.0.0.1 is "
                                         "not available.")
                                    .arg(port));
    if (!callbackPath.isEmpty())
        handler.setCallbackPath(callbackPath);
    handler.setCallbackText(Text::tr("NocDesk is signed in to Gmail. You can close this page."));

    const QUrl accessTokenUrl = tokenUrl(creds.value);
    QOAuth2AuthorizationCodeFlow flow(&m_transport.network());
    flow.setReplyHandler(&handler);
    flow.setAuthorizationUrl(authUrl(creds.value));
    flow.setAccessTokenUrl(accessTokenUrl);
    flow.setClientIdentifier(creds.value.clientId);
    flow.setClientIdentifierSharedKey(creds.value.clientSecret);
    const QStringList scopes = m_settings.scopes();
    flow.setScope(scopes.join(QLatin1Char(' ')));

    const Pkce pkce = Pkce::generate();
    const QString account = m_settings.account;
    flow.setModifyParametersFunction([&pkce, account](QAbstractOAuth::Stage stage,
                                                      QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), pkce.challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
            // A refresh token, and a new one on every sign-in (Google omits it on a repeat consent).
            parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
            parameters->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
            if (!account.isEmpty())
                parameters->insert(QStringLiteral("login_hint"), account);
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            // Qt 6.4: the reply handler hands over the code still percent-encoded and the flow
            // encodes it again ("4%252F..."), which Google refuses. Decoding once is right
            // either way: Google's codes hold no literal '%'.
            const QByteArray code = parameters->value(QStringLiteral("code")).toByteArray();
            parameters->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(code));
            parameters->insert(QStringLiteral("code_verifier"), pkce.verifier);
        }
    });

    bool granted = false;
    GmailError failure;
    QString tokenScope; // what the token endpoint says was granted
    QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, &flow, [&openBrowser](const QUrl &url) {
        if (openBrowser)
            openBrowser(url);
    });
    QObject::connect(&flow, &QAbstractOAuth::granted, &flow, [&] {
        granted = true;
        m_transport.wake();
    });
    QObject::connect(&flow, &QAbstractOAuth2::error, &flow,
                     [&](const QString &error, const QString &description, const QUrl &) {
                         failure = GmailError::make(
                             error == QLatin1String("access_denied") ? GmailFailure::SignInRequired
                                                                     : GmailFailure::Http,
                             Text::tr("Google did not grant access (%1): sign in again and allow NocDesk to read "
                                      "the mailbox.")
                                 .arg(description.isEmpty() ? error : description));
                         m_transport.wake();
                     });
    // The flow says nothing when the token endpoint refuses the code: watch for that answer.
    QObject::connect(&m_transport.network(), &QNetworkAccessManager::finished, &flow,
                     [&](QNetworkReply *reply) {
                         if (reply->url() != accessTokenUrl)
                             return;
                         const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (status == 200) {
                             // peek: the flow reads the same body after this.
                             tokenScope = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()))
                                              .object()
                                              .value(QLatin1String("scope"))
                                              .toString();
                             return;
                         }
                         failure = status == 0 ? GmailError::make(GmailFailure::Network,
                                                                  Text::tr("Google's token endpoint could not be "
                                                                           "reached: %1.")
                                                                      .arg(reply->errorString()))
                                               : tokenEndpointError(status, reply->peek(reply->bytesAvailable()),
                                                                    Grant::AuthorizationCode);
                         m_transport.wake();
                     });

    qCInfo(lcGmail) << "signing in to Gmail as" << account << "through 127.0.0.1 port" << handler.port();
    flow.grant();
    const GmailTransport::Wait wait =
        m_transport.waitUntil([&] { return granted || !failure.ok(); }, QDeadlineTimer(m_signInTimeout), cancelled);
    if (wait == GmailTransport::Wait::Cancelled)
        return GmailError::make(GmailFailure::Cancelled, Text::tr("The sign-in was cancelled."));
    if (wait == GmailTransport::Wait::TimedOut)
        return GmailError::make(GmailFailure::Timeout,
                                Text::tr("No answer came from the browser within %1 minutes: sign in again.")
                                    .arg(std::chrono::duration_cast<std::chrono::minutes>(m_signInTimeout).count()));
    if (!failure.ok())
        return failure;

    GmailTokens tokens;
    tokens.accessToken = flow.token();
    tokens.refreshToken = flow.refreshToken();
    tokens.expiresAt = flow.expirationAt().toUTC();
    // flow.scope() is no help: Qt 6.4 overwrites it with the redirect's scope, still
    // percent-encoded like the code.
    tokens.scopes = tokenScope.isEmpty() ? scopes : tokenScope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.clientId = creds.value.clientId;
    tokens.subject = m_settings.account;
    if (tokens.refreshToken.isEmpty())
        return GmailError::make(GmailFailure::Protocol,
                                Text::tr("Google granted access but sent no refresh token, so NocDesk could not "
                                         "fetch again later. Remove NocDesk's access in the Google account and "
                                         "sign in again."));
    m_tokens = tokens;
    m_loaded = true;
    return m_store.save(tokens);
}

GmailError GoogleAuthorizer::signOut()
{
    m_tokens.reset();
    m_loaded = true;
    return m_store.clear();
}

} // namespace nocdesk::gmail
