// The Gmail API source against a fake Google (FakeGoogle): OAuth sign-in with PKCE, refresh,
// service-account JWTs, paging, raw messages, labels, retries, and the failures validate()
// must name. Everything runs on loopback; retry delays are a millisecond.
#include "FakeGoogle.h"
#include "GmailClient.h"
#include "GmailQuery.h"
#include "GmailTokenStore.h"
#include "GoogleCredentials.h"
#include "MemorySecretStore.h"
#include "TestCrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

#include <atomic>

using namespace nocdesk;
using namespace nocdesk::gmail;
using namespace std::chrono_literals;
using Endpoint = FakeGoogle::Endpoint;

namespace {

const QString kSource = QStringLiteral("noc-gmail");
const QString kServiceAccount = QStringLiteral("nocdesk-reader@noc-project.iam.gserviceaccount.com");

FakeGoogle::Message mail(const QString &id, const QString &from, const QDateTime &received,
                         const QByteArray &raw = {})
{
    return FakeGoogle::Message{id, QStringLiteral("t-") + id, from, received, {QStringLiteral("INBOX")},
                               raw.isEmpty() ? QByteArrayLiteral("From: ") + from.toUtf8()
                                                   + QByteArrayLiteral("\r\nSubject: ") + id.toUtf8()
                                                   + QByteArrayLiteral("\r\n\r\nbody\r\n")
                                             : raw};
}

} // namespace

class TstGmailClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void settingsFromVariantMap();
    void scopesFollowLabels();
    void searchQuery();
    void credentialsFiles_data();
    void credentialsFiles();

    void pagesThroughResultsWithQuery();
    void rawMessageIsByteExact();
    void modifyAddsAndRemovesLabels();
    void applyOutcomeLabelReplacesOtherOutcomes();
    void modifyWithoutModifyScopeIsForbidden();

    void notSignedInAsksForSignIn();
    void scopeChangeAsksForSignIn();
    void expiredAccessTokenIsRefreshed();
    void rejectedAccessTokenIsRefreshed();
    void revokedRefreshTokenAsksForSignIn();
    void signOutForgetsTokens();

    void serverErrorsAreRetried_data();
    void serverErrorsAreRetried();
    void retriesGiveUpAfterTheCap();
    void clientErrorsAreNotRetried();
    void cancelStopsRetrying();

    void authorizationCodeFlowEndToEnd();
    void webClientUsesItsRegisteredRedirect();
    void deniedConsentAsksForSignIn();
    void serviceAccountJwtIsAccepted();
    void serviceAccountWithWrongKeyIsRefused();

    void validateListsLabels();
    void validateReportsConnectionRefused();
    void validateReportsUntrustedCertificate();
    void validateReportsTimeout();

    void worksOnAPoolThread();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    QString installedCredentials(const FakeGoogle &google);
    QString serviceAccountCredentials(const FakeGoogle &google);
    GmailSettings settingsFor(const FakeGoogle &google, const QString &credentialsFile) const;
    static GmailClientOptions fastOptions();
    // Stores a sign-in as if the operator had signed in earlier; returns the refresh token.
    static QString signIn(SecretStore &secrets, FakeGoogle &google, const QStringList &scopes,
                          bool accessTokenExpired = false);

    QTemporaryDir m_dir;
    testcrypto::RsaKeyPair m_key;
    testcrypto::RsaKeyPair m_otherKey;
};

void TstGmailClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = testcrypto::generateRsaKey();
    m_otherKey = testcrypto::generateRsaKey();
    QVERIFY(m_key.privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(!m_otherKey.publicPem.isEmpty());
}

QString TstGmailClient::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TstGmailClient::installedCredentials(const FakeGoogle &google)
{
    // Google Cloud console, "Desktop app" client: the file as downloaded.
    const QJsonObject installed{
        {QStringLiteral("client_id"), google.clientId},
        {QStringLiteral("project_id"), QStringLiteral("noc-project")},
        {QStringLiteral("auth_uri"), google.authUrl().toString()},
        {QStringLiteral("token_uri"), google.tokenUrl().toString()},
        {QStringLiteral("auth_provider_x509_cert_url"), QStringLiteral("https://www.googleapis.com/oauth2/v1/certs")},
        {QStringLiteral("client_secret"), google.clientSecret},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost")}}};
    return writeFile(QStringLiteral("installed-%1.json").arg(google.baseUrl().port()),
                     QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson());
}

QString TstGmailClient::serviceAccountCredentials(const FakeGoogle &google)
{
    const QJsonObject key{{QStringLiteral("type"), QStringLiteral("service_account")},
                          {QStringLiteral("project_id"), QStringLiteral("noc-project")},
                          {QStringLiteral("private_key_id"), QStringLiteral("0a1b2c3d4e5f")},
                          {QStringLiteral("private_key"), QString::fromLatin1(m_key.privatePem)},
                          {QStringLiteral("client_email"), kServiceAccount},
                          {QStringLiteral("client_id"), QStringLiteral("109876543210")},
                          {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
                          {QStringLiteral("token_uri"), google.tokenUrl().toString()}};
    return writeFile(QStringLiteral("service-account-%1.json").arg(google.baseUrl().port()),
                     QJsonDocument(key).toJson());
}

GmailSettings TstGmailClient::settingsFor(const FakeGoogle &google, const QString &credentialsFile) const
{
    GmailSettings settings;
    settings.account = google.emailAddress;
    settings.credentialsFile = credentialsFile;
    settings.apiBaseUrl = google.baseUrl();
    return settings;
}

GmailClientOptions TstGmailClient::fastOptions()
{
    GmailClientOptions options;
    options.requestTimeout = 20s;
    options.signInTimeout = 30s;
    options.maxAttempts = 4;
    options.retryBaseDelay = 1ms;
    options.retryMaxDelay = 4ms;
    return options;
}

QString TstGmailClient::signIn(SecretStore &secrets, FakeGoogle &google, const QStringList &scopes,
                               bool accessTokenExpired)
{
    GmailTokens tokens;
    tokens.refreshToken = google.grantRefreshToken(scopes);
    tokens.accessToken = accessTokenExpired ? QStringLiteral("ya29.long-gone") : google.grantAccessToken(scopes);
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(accessTokenExpired ? -30 : 3000);
    tokens.scopes = scopes;
    tokens.clientId = google.clientId;
    const GmailError saved = GmailTokenStore(secrets, kSource).save(tokens);
    if (!saved.ok())
        qFatal("cannot store tokens");
    return tokens.refreshToken;
}

void TstGmailClient::settingsFromVariantMap()
{
    const QVariantMap map{
        {QStringLiteral("account"), QStringLiteral("noc@example.net")},
        {QStringLiteral("credentials_file"), QStringLiteral("/etc/nocdesk/gmail.json")},
        {QStringLiteral("source_header"), QStringLiteral("X-Original-Sender")},
        {QStringLiteral("limit_emails_with_not_header_from"), QStringLiteral("relay@example.net, other@example.net")},
        {QStringLiteral("extra_scopes"), QStringList{QStringLiteral("gmail.labels")}},
        {QStringLiteral("labels"), QVariantMap{{QStringLiteral("parsed"), QStringLiteral("Label_1")}}}};
    const GmailSettings settings = GmailSettings::fromVariantMap(map);
    QCOMPARE(settings.account, QStringLiteral("noc@example.net"));
    QCOMPARE(settings.sourceHeader, QStringLiteral("X-Original-Sender"));
    QCOMPARE(settings.limitEmailsWithNotHeaderFrom,
             (QStringList{QStringLiteral("relay@example.net"), QStringLiteral("other@example.net")}));
    QCOMPARE(settings.labelFor(QStringLiteral("parsed")), QStringLiteral("Label_1"));
    QVERIFY(settings.apiBaseUrl.isEmpty());
    QCOMPARE(settings.effectiveApiBaseUrl(), QUrl(QStringLiteral("https://gmail.googleapis.com")));

    const GmailSettings again = GmailSettings::fromVariantMap(settings.toVariantMap());
    QCOMPARE(again.limitEmailsWithNotHeaderFrom, settings.limitEmailsWithNotHeaderFrom);
    QCOMPARE(again.labels, settings.labels);
    QCOMPARE(again.extraScopes, settings.extraScopes);
    QCOMPARE(GmailSettings::fromVariantMap({}).sourceHeader, QStringLiteral("From"));
}

void TstGmailClient::scopesFollowLabels()
{
    GmailSettings settings;
    QCOMPARE(settings.scopes(), QStringList{kScopeReadonly});
    settings.labels.insert(outcome::kParsed, QStringLiteral("Label_1"));
    QCOMPARE(settings.scopes(), QStringList{kScopeModify});
    settings.extraScopes = {QStringLiteral("gmail.labels"), kScopeModify};
    QCOMPARE(settings.scopes(), (QStringList{QStringLiteral("https://www.googleapis.com/auth/gmail.labels"), kScopeModify}));
}

void TstGmailClient::searchQuery()
{
    GmailSettings settings;
    const QDateTime after = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QStringList providers{QStringLiteral("noc@zayo.com"), QStringLiteral("lumen.com")};
    QCOMPARE(gmailSearchQuery(settings, after, providers),
             QStringLiteral("after:1700000000 {from:noc@zayo.com from:lumen.com}"));
    // Gmail cannot search X-Original-Sender: the providers are left to the pipeline.
    settings.sourceHeader = QStringLiteral("X-Original-Sender");
    settings.limitEmailsWithNotHeaderFrom = {QStringLiteral("noc+alerts@relay.example.net")};
    QCOMPARE(gmailSearchQuery(settings, after, providers),
             QStringLiteral("after:1700000000 {from:noc+alerts@relay.example.net}"));
    QCOMPARE(gmailSearchQuery(settings, QDateTime(), {}), QStringLiteral("{from:noc+alerts@relay.example.net}"));
}

void TstGmailClient::credentialsFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("serviceAccount");
    QTest::addColumn<bool>("web");
    QTest::newRow("installed") << QByteArray(R"({"installed":{"client_id":"a.apps.googleusercontent.com","client_secret":"s","token_uri":"https://oauth2.googleapis.com/token","redirect_uris":["http://localhost"]}})")
                               << true << false << false;
    QTest::newRow("web") << QByteArray(R"({"web":{"client_id":"a.apps.googleusercontent.com","client_secret":"s","redirect_uris":["http://127.0.0.1:8765/cb"]}})")
                         << true << false << true;
    QTest::newRow("service account") << QByteArray(R"({"type":"service_account","client_email":"x@p.iam.gserviceaccount.com","private_key":"-----BEGIN PRIVATE KEY-----\nAA\n-----END PRIVATE KEY-----\n","token_uri":"https://oauth2.googleapis.com/token"})")
                                     << true << true << false;
    QTest::newRow("service account without key") << QByteArray(R"({"type":"service_account","client_email":"x@p.iam.gserviceaccount.com"})")
                                                  << false << false << false;
    QTest::newRow("other JSON") << QByteArray(R"({"token":"abc"})") << false << false << false;
    QTest::newRow("not JSON") << QByteArrayLiteral("client_id=abc") << false << false << false;
}

void TstGmailClient::credentialsFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(bool, serviceAccount);
    QFETCH(bool, web);
    const GmailResult<GoogleCredentials> read = GoogleCredentials::fromJson(json, QStringLiteral("test.json"));
    QCOMPARE(read.ok(), ok);
    if (!ok) {
        QCOMPARE(read.error.failure, GmailFailure::Configuration);
        QVERIFY(read.error.message.contains(QStringLiteral("test.json")));
        return;
    }
    QCOMPARE(read.value.kind == GoogleCredentials::Kind::ServiceAccount, serviceAccount);
    QCOMPARE(read.value.webClient, web);

    const GmailResult<GoogleCredentials> missing = GoogleCredentials::fromFile(m_dir.filePath(QStringLiteral("nope.json")));
    QCOMPARE(missing.error.failure, GmailFailure::Configuration);
}

void TstGmailClient::pagesThroughResultsWithQuery()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    const QDateTime since = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QString relay = QStringLiteral("noc+alerts@relay.example.net");
    QStringList expected;
    for (int i = 0; i < 7; ++i) {
        const QString id = QStringLiteral("18c%1").arg(i, 4, 10, QLatin1Char('0'));
        google.addMessage(mail(id, relay, since.addSecs(60 * (i + 1))));
        expected.prepend(id); // newest first
    }
    google.addMessage(mail(QStringLiteral("17a0001"), relay, since.addSecs(-60)));                      // too old
    google.addMessage(mail(QStringLiteral("18d0001"), QStringLiteral("alice@example.net"), since.addSecs(90))); // not the relay
    google.addMessage(mail(QStringLiteral("18d0002"), QStringLiteral("noc@relay.example.net"), since.addSecs(90))); // '+' matters

    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.sourceHeader = QStringLiteral("X-Original-Sender");
    settings.limitEmailsWithNotHeaderFrom = {relay};
    GmailClientOptions options = fastOptions();
    options.pageSize = 2;
    GmailClient client(kSource, settings, secrets, options);

    const QString query = client.searchQuery(since, {QStringLiteral("zayo.com")});
    QList<QPair<int, int>> progress;
    const GmailResult<QStringList> ids =
        client.listMessageIds(query, [&progress](int listed, int estimate) { progress.append({listed, estimate}); });
    QVERIFY2(ids.ok(), qPrintable(ids.error.message));
    QCOMPARE(ids.value, expected);
    QCOMPARE(google.requests(Endpoint::MessagesList), 4);
    QCOMPARE(google.listQueries, QStringList(4, query));
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last(), qMakePair(7, 7));

    // No match: Gmail leaves "messages" out.
    const GmailResult<QStringList> none = client.listMessageIds(QStringLiteral("from:nobody@example.org"));
    QVERIFY(none.ok());
    QVERIFY(none.value.isEmpty());
}

void TstGmailClient::rawMessageIsByteExact()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QByteArray every(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        every[i] = char(i);
    // Lengths that leave one and two bytes over, so both paddings occur; '>' and '?' bytes
    // give '-' and '_' in base64url.
    QByteArray one = QByteArrayLiteral("From: noc@zayo.com\r\nSubject: =?UTF-8?B?w6Q=?=\r\n\r\n") + every
                     + QByteArrayLiteral("\r\n>>>???\r\n.\r\n");
    while (one.size() % 3 != 1)
        one.append(' ');
    const QByteArray two = one + 'x';
    const QDateTime received = QDateTime::fromMSecsSinceEpoch(1700000123456, Qt::UTC);
    google.addMessage(mail(QStringLiteral("18f0001"), QStringLiteral("noc@zayo.com"), received, one));
    google.addMessage(mail(QStringLiteral("18f0002"), QStringLiteral("noc@zayo.com"), received, two));

    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());
    for (const auto &[id, bytes] : {qMakePair(QStringLiteral("18f0001"), one), qMakePair(QStringLiteral("18f0002"), two)}) {
        const GmailResult<GmailMessage> message = client.rawMessage(id);
        QVERIFY2(message.ok(), qPrintable(message.error.message));
        QCOMPARE(message.value.raw, bytes);
        QCOMPARE(message.value.id, id);
        QCOMPARE(message.value.threadId, QStringLiteral("t-") + id);
        QCOMPARE(message.value.labelIds, QStringList{QStringLiteral("INBOX")});
        QCOMPARE(message.value.internalDate, received);
    }
}

void TstGmailClient::modifyAddsAndRemovesLabels()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_7"), QStringLiteral("nocdesk/parsed"));
    google.addMessage(mail(QStringLiteral("18e0001"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));

    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeModify});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.labels.insert(outcome::kParsed, QStringLiteral("Label_7"));
    GmailClient client(kSource, settings, secrets, fastOptions());

    const GmailError modified = client.modifyLabels(QStringLiteral("18e0001"), {QStringLiteral("Label_7")},
                                                    {QStringLiteral("INBOX")});
    QVERIFY2(modified.ok(), qPrintable(modified.message));
    QCOMPARE(google.message(QStringLiteral("18e0001")).labelIds, QStringList{QStringLiteral("Label_7")});

    const GmailError unknown = client.modifyLabels(QStringLiteral("18e0001"), {QStringLiteral("Label_99")}, {});
    QCOMPARE(unknown.failure, GmailFailure::Http);
    QCOMPARE(unknown.httpStatus, 400);
    QVERIFY2(unknown.message.contains(QStringLiteral("Invalid label: Label_99")), qPrintable(unknown.message));

    // Nothing to change: no request.
    const int before = google.requests(Endpoint::MessagesModify);
    QVERIFY(client.modifyLabels(QStringLiteral("18e0001"), {}, {}).ok());
    QCOMPARE(google.requests(Endpoint::MessagesModify), before);
}

void TstGmailClient::applyOutcomeLabelReplacesOtherOutcomes()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_1"), QStringLiteral("nocdesk/parsed"));
    google.addLabel(QStringLiteral("Label_2"), QStringLiteral("nocdesk/parsing-failed"));
    google.addLabel(QStringLiteral("Label_3"), QStringLiteral("nocdesk/unknown-provider"));
    google.addMessage(mail(QStringLiteral("18e0002"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));

    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeModify});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.labels = {{outcome::kParsed, QStringLiteral("Label_1")},
                       {outcome::kParsingFailed, QStringLiteral("Label_2")},
                       {outcome::kUnknownProvider, QStringLiteral("Label_3")}};
    GmailClient client(kSource, settings, secrets, fastOptions());

    QVERIFY(client.applyOutcomeLabel(QStringLiteral("18e0002"), outcome::kParsingFailed).ok());
    QCOMPARE(google.message(QStringLiteral("18e0002")).labelIds,
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Label_2")}));
    // Reprocessed after a parser fix: only the latest outcome stays.
    QVERIFY(client.applyOutcomeLabel(QStringLiteral("18e0002"), outcome::kParsed).ok());
    QCOMPARE(google.message(QStringLiteral("18e0002")).labelIds,
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Label_1")}));
    // No label for "ignored": nothing happens.
    const int before = google.requests(Endpoint::MessagesModify);
    QVERIFY(client.applyOutcomeLabel(QStringLiteral("18e0002"), outcome::kIgnored).ok());
    QCOMPARE(google.requests(Endpoint::MessagesModify), before);
}

void TstGmailClient::modifyWithoutModifyScopeIsForbidden()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_1"), QStringLiteral("nocdesk/parsed"));
    google.addMessage(mail(QStringLiteral("18e0003"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailError error = client.modifyLabels(QStringLiteral("18e0003"), {QStringLiteral("Label_1")}, {});
    QCOMPARE(error.failure, GmailFailure::Forbidden);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY2(error.message.contains(QStringLiteral("insufficient authentication scopes")), qPrintable(error.message));
    QCOMPARE(google.requests(Endpoint::MessagesModify), 1);
}

void TstGmailClient::notSignedInAsksForSignIn()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());
    const GmailResult<QStringList> ids = client.listMessageIds({});
    QCOMPARE(ids.error.failure, GmailFailure::SignInRequired);
    QVERIFY(!ids.error.message.isEmpty());
    QCOMPARE(google.requests(Endpoint::Token), 0);
    QCOMPARE(google.requests(Endpoint::MessagesList), 0);
}

void TstGmailClient::scopeChangeAsksForSignIn()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.labels.insert(outcome::kParsed, QStringLiteral("Label_1")); // now needs gmail.modify
    GmailClient client(kSource, settings, secrets, fastOptions());
    const GmailResult<QStringList> ids = client.listMessageIds({});
    QCOMPARE(ids.error.failure, GmailFailure::SignInRequired);
    QVERIFY2(ids.error.message.contains(QStringLiteral("gmail.modify")), qPrintable(ids.error.message));
    QCOMPARE(google.requests(Endpoint::MessagesList), 0);
}

void TstGmailClient::expiredAccessTokenIsRefreshed()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addMessage(mail(QStringLiteral("18a0001"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    const QString refreshToken = signIn(secrets, google, {kScopeReadonly}, /*accessTokenExpired=*/true);
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<QStringList> ids = client.listMessageIds({});
    QVERIFY2(ids.ok(), qPrintable(ids.error.message));
    QCOMPARE(ids.value, QStringList{QStringLiteral("18a0001")});
    QCOMPARE(google.grantTypes, QStringList{QStringLiteral("refresh_token")});
    QCOMPARE(google.requests(Endpoint::MessagesList), 1); // refreshed before, not after a 401

    // The new access token is in the keyring, with the refresh token kept.
    const auto stored = GmailTokenStore(secrets, kSource).load();
    QVERIFY(stored.ok() && stored.value.has_value());
    QCOMPARE(stored.value->refreshToken, refreshToken);
    QVERIFY(stored.value->accessToken.startsWith(QStringLiteral("ya29.fake-access-")));
    QVERIFY(stored.value->accessTokenUsable(QDateTime::currentDateTimeUtc()));

    // A second call uses it.
    QVERIFY(client.listMessageIds({}).ok());
    QCOMPARE(google.grantTypes.size(), 1);
}

void TstGmailClient::rejectedAccessTokenIsRefreshed()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_1"), QStringLiteral("nocdesk/parsed"));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    google.expireAccessTokens(); // Google stops honouring it before the client's clock says so
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<QStringList> ids = client.listMessageIds({});
    QVERIFY2(ids.ok(), qPrintable(ids.error.message));
    QCOMPARE(google.requests(Endpoint::MessagesList), 2);
    QCOMPARE(google.grantTypes, QStringList{QStringLiteral("refresh_token")});
}

void TstGmailClient::revokedRefreshTokenAsksForSignIn()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    const QString refreshToken = signIn(secrets, google, {kScopeReadonly}, /*accessTokenExpired=*/true);
    google.revokeRefreshToken(refreshToken);
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<QStringList> ids = client.listMessageIds({});
    QCOMPARE(ids.error.failure, GmailFailure::SignInRequired);
    QCOMPARE(ids.error.httpStatus, 400);
    QVERIFY2(ids.error.message.contains(QStringLiteral("Token has been expired or revoked.")),
             qPrintable(ids.error.message));
    QVERIFY2(ids.error.message.contains(QStringLiteral("sign in again")), qPrintable(ids.error.message));
    QCOMPARE(google.requests(Endpoint::Token), 1); // invalid_grant is not retried
    QCOMPARE(google.requests(Endpoint::MessagesList), 0);

    // The same when the API refuses a token the client still thought good.
    FakeGoogle google2;
    QVERIFY(google2.listen());
    MemorySecretStore secrets2;
    google2.revokeRefreshToken(signIn(secrets2, google2, {kScopeReadonly}));
    google2.expireAccessTokens();
    GmailClient client2(kSource, settingsFor(google2, installedCredentials(google2)), secrets2, fastOptions());
    QCOMPARE(client2.validate().error.failure, GmailFailure::SignInRequired);
}

void TstGmailClient::signOutForgetsTokens()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());
    QVERIFY(client.listMessageIds({}).ok());
    QVERIFY(client.signOut().ok());
    QVERIFY(!secrets.read(GmailTokenStore::secretKey(kSource)).has_value());
    QCOMPARE(client.listMessageIds({}).error.failure, GmailFailure::SignInRequired);
}

void TstGmailClient::serverErrorsAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
    QTest::newRow("429") << 429;
}

void TstGmailClient::serverErrorsAreRetried()
{
    QFETCH(int, status);
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addMessage(mail(QStringLiteral("18b0001"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly}, /*accessTokenExpired=*/true);
    google.failNext(Endpoint::Token, {status});
    google.failNext(Endpoint::MessagesList, {status, status});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<QStringList> ids = client.listMessageIds({});
    QVERIFY2(ids.ok(), qPrintable(ids.error.message));
    QCOMPARE(ids.value, QStringList{QStringLiteral("18b0001")});
    QCOMPARE(google.requests(Endpoint::Token), 2);
    QCOMPARE(google.requests(Endpoint::MessagesList), 3);
}

void TstGmailClient::retriesGiveUpAfterTheCap()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addMessage(mail(QStringLiteral("18b0002"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    google.failNext(Endpoint::MessagesGet, {503, 503, 503, 503, 503});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<GmailMessage> message = client.rawMessage(QStringLiteral("18b0002"));
    QCOMPARE(message.error.failure, GmailFailure::Http);
    QCOMPARE(message.error.httpStatus, 503);
    QCOMPARE(google.requests(Endpoint::MessagesGet), 4); // fastOptions().maxAttempts
    QVERIFY2(message.error.message.contains(QStringLiteral("The service is currently unavailable.")),
             qPrintable(message.error.message));
    // The fifth answer is still queued; the next call gets it and then the message.
    QVERIFY(client.rawMessage(QStringLiteral("18b0002")).ok());
}

void TstGmailClient::clientErrorsAreNotRetried()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());
    const GmailResult<GmailMessage> message = client.rawMessage(QStringLiteral("deadbeef"));
    QCOMPARE(message.error.failure, GmailFailure::Http);
    QCOMPARE(message.error.httpStatus, 404);
    QVERIFY2(message.error.message.contains(QStringLiteral("Requested entity was not found.")),
             qPrintable(message.error.message));
    QCOMPARE(google.requests(Endpoint::MessagesGet), 1);
}

void TstGmailClient::cancelStopsRetrying()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    google.failNext(Endpoint::MessagesList, {503, 503, 503});
    GmailClientOptions options = fastOptions();
    options.retryBaseDelay = 1h; // only a cancel ends this wait
    options.retryMaxDelay = 1h;
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, options);
    const GmailResult<QStringList> ids =
        client.listMessageIds({}, {}, [&google] { return google.requests(Endpoint::MessagesList) >= 1; });
    QCOMPARE(ids.error.failure, GmailFailure::Cancelled);
    QCOMPARE(google.requests(Endpoint::MessagesList), 1);
}

void TstGmailClient::authorizationCodeFlowEndToEnd()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_1"), QStringLiteral("nocdesk/parsed"));
    google.addMessage(mail(QStringLiteral("18c0001"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.labels.insert(outcome::kParsed, QStringLiteral("Label_1"));
    GmailClient client(kSource, settings, secrets, fastOptions());

    // The test is the browser: it opens the consent URL, "consents", and follows Google's
    // redirect to the client's loopback listener.
    QNetworkAccessManager browser;
    QUrl consentUrl;
    std::unique_ptr<QNetworkReply> page;
    const GmailError error = client.signIn([&](const QUrl &url) {
        consentUrl = url;
        page.reset(browser.get(QNetworkRequest(url)));
    });
    QVERIFY2(error.ok(), qPrintable(error.message));

    const QUrlQuery consent(consentUrl);
    QCOMPARE(consent.queryItemValue(QStringLiteral("client_id")), google.clientId);
    QCOMPARE(consent.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(consent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(consent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(consent.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(consent.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), google.emailAddress);
    QCOMPARE(consent.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), kScopeModify);
    QVERIFY(consent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QStringLiteral("http://127.0.0.1:")));

    // The token endpoint got the code as Google issued it ("4/..." decoded, not "4%2F...") and
    // a verifier matching the challenge.
    QCOMPARE(google.grantTypes, QStringList{QStringLiteral("authorization_code")});
    QVERIFY2(google.lastCodeReceived.startsWith(QStringLiteral("4/0AfJohX-fake-code_")), qPrintable(google.lastCodeReceived));
    QVERIFY(google.lastPkceVerified);

    // The browser was told it is done.
    QTRY_VERIFY(page && page->isFinished());
    QCOMPARE(page->error(), QNetworkReply::NoError);
    QCOMPARE(page->url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(page->readAll().contains("signed in to Gmail"));

    const auto stored = GmailTokenStore(secrets, kSource).load();
    QVERIFY(stored.ok() && stored.value.has_value());
    QVERIFY(stored.value->refreshToken.startsWith(QStringLiteral("1//0fake-refresh-")));
    QCOMPARE(stored.value->scopes, QStringList{kScopeModify});
    QCOMPARE(stored.value->clientId, google.clientId);

    // And the client works with what it got, without another token request.
    QVERIFY(client.applyOutcomeLabel(QStringLiteral("18c0001"), outcome::kParsed).ok());
    QCOMPARE(google.requests(Endpoint::Token), 1);
}

void TstGmailClient::webClientUsesItsRegisteredRedirect()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    FakeGoogle google;
    QVERIFY(google.listen());
    const QJsonObject web{{QStringLiteral("client_id"), google.clientId},
                          {QStringLiteral("client_secret"), google.clientSecret},
                          {QStringLiteral("auth_uri"), google.authUrl().toString()},
                          {QStringLiteral("token_uri"), google.tokenUrl().toString()},
                          {QStringLiteral("redirect_uris"),
                           QJsonArray{QStringLiteral("https://noc.example.net/oauth"),
                                      QStringLiteral("http://127.0.0.1:%1/nocdesk-callback").arg(port)}}};
    const QString credentials = writeFile(QStringLiteral("web.json"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("web"), web}}).toJson());
    MemorySecretStore secrets;
    GmailClient client(kSource, settingsFor(google, credentials), secrets, fastOptions());
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> page;
    const GmailError error = client.signIn([&](const QUrl &url) { page.reset(browser.get(QNetworkRequest(url))); });
    QVERIFY2(error.ok(), qPrintable(error.message));
    QTRY_VERIFY(page && page->isFinished());
    QCOMPARE(page->url().port(), int(port));
    QCOMPARE(page->url().path(), QStringLiteral("/nocdesk-callback"));
    QVERIFY(google.lastPkceVerified);
}

void TstGmailClient::deniedConsentAsksForSignIn()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.denyConsent = true;
    MemorySecretStore secrets;
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> page;
    const GmailError error = client.signIn([&](const QUrl &url) { page.reset(browser.get(QNetworkRequest(url))); });
    QCOMPARE(error.failure, GmailFailure::SignInRequired);
    QVERIFY2(error.message.contains(QStringLiteral("access_denied")), qPrintable(error.message));
    QCOMPARE(google.requests(Endpoint::Token), 0);
    QVERIFY(!secrets.read(GmailTokenStore::secretKey(kSource)).has_value());
}

void TstGmailClient::serviceAccountJwtIsAccepted()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addServiceAccount(kServiceAccount, m_key.publicPem, google.emailAddress);
    google.addMessage(mail(QStringLiteral("18d0003"), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    GmailClient client(kSource, settingsFor(google, serviceAccountCredentials(google)), secrets, fastOptions());
    QVERIFY(client.usesServiceAccount());

    const GmailResult<GmailValidation> validation = client.validate();
    QVERIFY2(validation.ok(), qPrintable(validation.error.message));
    QCOMPARE(validation.value.emailAddress, google.emailAddress);
    QCOMPARE(google.grantTypes, QStringList{QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")});
    QCOMPARE(google.lastJwtSubject, google.emailAddress);

    // The token is reused, and kept in the keyring like any other.
    QCOMPARE(client.listMessageIds({}).value, QStringList{QStringLiteral("18d0003")});
    QCOMPARE(google.requests(Endpoint::Token), 1);
    QVERIFY(secrets.read(GmailTokenStore::secretKey(kSource)).has_value());
    // signIn() for a service account just proves it works.
    QVERIFY(client.signIn({}).ok());
    QCOMPARE(google.requests(Endpoint::Token), 2);

    // A token is for one mailbox: another account gets its own (here refused: not delegated).
    GmailSettings other = settingsFor(google, serviceAccountCredentials(google));
    other.account = QStringLiteral("other@example.net");
    GmailClient otherClient(kSource, other, secrets, fastOptions());
    QCOMPARE(otherClient.listMessageIds({}).error.failure, GmailFailure::Forbidden);
    QCOMPARE(google.requests(Endpoint::Token), 3);
}

void TstGmailClient::serviceAccountWithWrongKeyIsRefused()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addServiceAccount(kServiceAccount, m_otherKey.publicPem, google.emailAddress); // key deleted at Google
    MemorySecretStore secrets;
    GmailClient client(kSource, settingsFor(google, serviceAccountCredentials(google)), secrets, fastOptions());
    const GmailResult<GmailValidation> validation = client.validate();
    QCOMPARE(validation.error.failure, GmailFailure::Forbidden);
    QVERIFY2(validation.error.message.contains(QStringLiteral("Invalid JWT Signature.")),
             qPrintable(validation.error.message));

    // Not delegated for this mailbox.
    FakeGoogle google2;
    QVERIFY(google2.listen());
    google2.addServiceAccount(kServiceAccount, m_key.publicPem, QStringLiteral("someone-else@example.net"));
    GmailClient client2(kSource, settingsFor(google2, serviceAccountCredentials(google2)), secrets, fastOptions());
    const GmailResult<GmailValidation> refused = client2.validate();
    QCOMPARE(refused.error.failure, GmailFailure::Forbidden);
    QVERIFY2(refused.error.message.contains(QStringLiteral("delegated")), qPrintable(refused.error.message));
}

void TstGmailClient::validateListsLabels()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addLabel(QStringLiteral("Label_1"), QStringLiteral("nocdesk/parsed"));
    google.addLabel(QStringLiteral("Label_2"), QStringLiteral("nocdesk/ignored"));
    for (int i = 0; i < 3; ++i)
        google.addMessage(mail(QStringLiteral("18v%1").arg(i), QStringLiteral("noc@zayo.com"), QDateTime::currentDateTimeUtc()));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeModify});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.labels = {{outcome::kParsed, QStringLiteral("Label_1")},
                       {outcome::kIgnored, QStringLiteral("nocdesk/ignored")}, // a name, not an id
                       {outcome::kUnknownCids, QStringLiteral("Label_99")},    // gone
                       {QStringLiteral("parsed-ok"), QStringLiteral("Label_1")}};
    GmailClient client(kSource, settings, secrets, fastOptions());

    const GmailResult<GmailValidation> validation = client.validate();
    QVERIFY2(validation.ok(), qPrintable(validation.error.message));
    QCOMPARE(validation.value.emailAddress, google.emailAddress);
    QCOMPARE(validation.value.messagesTotal, 3);
    QStringList ids;
    for (const GmailLabel &label : validation.value.labels)
        ids.append(label.id);
    QVERIFY(ids.contains(QStringLiteral("INBOX")));
    QVERIFY(ids.contains(QStringLiteral("Label_1")));
    QCOMPARE(validation.value.scopes, QStringList{kScopeModify});
    QVERIFY2(validation.value.summary.contains(google.emailAddress), qPrintable(validation.value.summary));
    const QString warnings = validation.value.warnings.join(QLatin1Char('\n'));
    QCOMPARE(validation.value.warnings.size(), 3);
    QVERIFY2(warnings.contains(QStringLiteral("Label_2")), qPrintable(warnings));  // the id to use instead
    QVERIFY2(warnings.contains(QStringLiteral("Label_99")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("parsed-ok")), qPrintable(warnings));
}

void TstGmailClient::validateReportsConnectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    GmailClient client(kSource, settings, secrets, fastOptions());
    const GmailResult<GmailValidation> validation = client.validate();
    QCOMPARE(validation.error.failure, GmailFailure::ConnectionRefused);
    QVERIFY2(validation.error.message.contains(QString::number(closedPort)), qPrintable(validation.error.message));
}

void TstGmailClient::validateReportsUntrustedCertificate()
{
    const testcrypto::TlsIdentity identity = testcrypto::selfSigned(QStringLiteral("gmail.fake.test"), m_otherKey);
    QVERIFY(!identity.certificate.isNull());
    FakeGoogle google;
    google.useTls(identity.certificate, identity.key);
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailClient client(kSource, settingsFor(google, installedCredentials(google)), secrets, fastOptions());

    const GmailResult<GmailValidation> validation = client.validate();
    QCOMPARE(validation.error.failure, GmailFailure::TlsUntrusted);
    const QString fingerprint =
        QString::fromLatin1(identity.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(validation.error.certificateSha256, fingerprint);
    QVERIFY2(validation.error.certificateSubject.contains(QStringLiteral("gmail.fake.test")),
             qPrintable(validation.error.certificateSubject));
    QVERIFY2(validation.error.message.contains(fingerprint), qPrintable(validation.error.message));
    QCOMPARE(google.requests(Endpoint::Profile), 0); // nothing was sent over it
}

void TstGmailClient::validateReportsTimeout()
{
    // Accepts connections (the kernel does) and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    FakeGoogle google;
    QVERIFY(google.listen());
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly});
    GmailSettings settings = settingsFor(google, installedCredentials(google));
    settings.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    GmailClientOptions options = fastOptions();
    options.validateBudget = 300ms;
    GmailClient client(kSource, settings, secrets, options);
    const GmailResult<GmailValidation> validation = client.validate();
    QCOMPARE(validation.error.failure, GmailFailure::Timeout);
    QVERIFY2(validation.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(validation.error.message));
}

void TstGmailClient::worksOnAPoolThread()
{
    FakeGoogle google; // answers on this thread's event loop
    QVERIFY(google.listen());
    for (int i = 0; i < 5; ++i)
        google.addMessage(mail(QStringLiteral("18p%1").arg(i), QStringLiteral("noc@zayo.com"),
                               QDateTime::currentDateTimeUtc().addSecs(-i)));
    MemorySecretStore secrets;
    signIn(secrets, google, {kScopeReadonly}, /*accessTokenExpired=*/true);
    const GmailSettings settings = settingsFor(google, installedCredentials(google));

    std::atomic<bool> done = false;
    QStringList ids;
    QByteArray firstRaw;
    QString failure;
    QThreadPool pool;
    pool.start([&] {
        GmailClientOptions options = fastOptions();
        options.pageSize = 2;
        GmailClient client(kSource, settings, secrets, options);
        const GmailResult<QStringList> listed = client.listMessageIds({});
        if (listed.ok()) {
            ids = listed.value;
            const GmailResult<GmailMessage> message = client.rawMessage(ids.value(0));
            firstRaw = message.value.raw;
            failure = message.error.message;
        } else {
            failure = listed.error.message;
        }
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 60000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(ids.size(), 5);
    QCOMPARE(firstRaw, google.message(QStringLiteral("18p0")).raw);
}

QTEST_GUILESS_MAIN(TstGmailClient)
#include "tst_gmailclient.moc"
