#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Google's OAuth 2.0 endpoints and the Gmail API v1, as far as NocDesk uses them, with the
// request and response shapes of Google's documentation:
//   GET  /o/oauth2/v2/auth                          authorization (302 back to the redirect_uri)
//   POST /token                                     authorization_code | refresh_token | jwt-bearer
//   GET  /gmail/v1/users/me/profile
//   GET  /gmail/v1/users/me/labels
//   GET  /gmail/v1/users/me/messages?q=&maxResults=&pageToken=
//   GET  /gmail/v1/users/me/messages/{id}?format=raw
//   POST /gmail/v1/users/me/messages/{id}/modify    {"addLabelIds":[],"removeLabelIds":[]}
// Errors come as Google sends them: {"error":{"code","message","errors":[...],"status"}} from
// the API, {"error","error_description"} from the token endpoint. Every API call checks the
// Bearer token and its scopes; the token endpoint checks the client, the PKCE verifier against
// the challenge, and a service account's JWT signature against its public key.
class FakeGoogle
{
public:
    enum class Endpoint { Authorize, Token, Profile, Labels, MessagesList, MessagesGet, MessagesModify };

    struct Message
    {
        QString id;
        QString threadId;
        QString from; // the From address, for from: searches
        QDateTime internalDate;
        QStringList labelIds;
        QByteArray raw;
    };

    FakeGoogle();

    // Before listen(): serve HTTPS with this identity.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    bool listen();
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl authUrl() const;

    // The OAuth client (what an "installed" credentials file holds).
    QString clientId = QStringLiteral("1234567890-nocdesk.apps.googleusercontent.com");
    QString clientSecret = QStringLiteral("GOCSPX-fake-secret");
    // A service account the token endpoint accepts, and the mailbox it may impersonate.
    void addServiceAccount(const QString &clientEmail, const QByteArray &publicKeyPem, const QString &subject);

    // The mailbox.
    QString emailAddress = QStringLiteral("noc@example.net");
    void addLabel(const QString &id, const QString &name, const QString &type = QStringLiteral("user"));
    void addMessage(const Message &message);
    [[nodiscard]] Message message(const QString &id) const;

    // Tokens, as if granted earlier.
    QString grantRefreshToken(const QStringList &scopes);
    QString grantAccessToken(const QStringList &scopes);
    void revokeRefreshToken(const QString &refreshToken);
    // Every access token issued so far stops working (401), as after their hour.
    void expireAccessTokens();
    // The operator clicks "Cancel" on the consent page.
    bool denyConsent = false;

    // The next requests to endpoint answer these HTTP statuses (with Google's error bodies).
    void failNext(Endpoint endpoint, const QList<int> &statuses);

    // What happened.
    [[nodiscard]] int requests(Endpoint endpoint) const { return m_requests.value(endpoint); }
    QStringList listQueries;        // q of every messages.list
    QStringList grantTypes;         // grant_type of every token request
    QUrl lastAuthorizeUrl;          // as the browser asked for it
    QString lastCodeReceived;       // the code as the token endpoint decoded it
    bool lastPkceVerified = false;  // S256(code_verifier) matched the challenge
    QString lastJwtSubject;         // sub of the last accepted service-account JWT

private:
    struct Grant
    {
        QStringList scopes;
        QString serviceAccount;
    };
    struct PendingCode
    {
        QString redirectUri;
        QString challenge;
        QStringList scopes;
    };
    struct ServiceAccount
    {
        QByteArray publicKeyPem;
        QString subject;
    };

    void setUpRoutes();
    // Counts the request; the injected failure for it, if one is queued.
    std::optional<QHttpServerResponse> arrive(Endpoint endpoint);
    // The error to answer when the Bearer token is missing, unknown, expired or lacks the scope.
    std::optional<QHttpServerResponse> checkBearer(const QHttpServerRequest &request, bool needsModify) const;

    QHttpServerResponse authorizeEndpoint(const QHttpServerRequest &request);
    QHttpServerResponse tokenEndpoint(const QHttpServerRequest &request);
    QHttpServerResponse jwtBearer(const QHash<QString, QString> &form);
    QHttpServerResponse profile(const QHttpServerRequest &request);
    QHttpServerResponse labels(const QHttpServerRequest &request);
    QHttpServerResponse listMessages(const QHttpServerRequest &request);
    QHttpServerResponse getMessage(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse modifyMessage(const QString &id, const QHttpServerRequest &request);

    [[nodiscard]] bool matches(const Message &message, const QString &query) const;
    QString newAccessToken(const Grant &grant);

    QHttpServer m_server;
    bool m_tls = false;
    quint16 m_port = 0;
    QList<QPair<QString, QString>> m_labels; // id, name
    QHash<QString, QString> m_labelTypes;
    QList<Message> m_messages;
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, ServiceAccount> m_serviceAccounts;
    QHash<QString, int> m_pageOffsets; // opaque page token -> offset
    QHash<Endpoint, QList<int>> m_failures;
    QHash<Endpoint, int> m_requests;
    int m_serial = 0;
};
