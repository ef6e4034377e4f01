// A Gmail source end to end, against the fake Google (Qt HttpServer, the documented API): the
// fetch stores each mail through the pipeline, and only then labels it with its outcome; a
// message that cannot be read is neither stored nor labelled, and the next fetch takes it.
#include "BcopMail.h"
#include "FakeGoogle.h"
#include "GmailSettings.h"
#include "GmailTokenStore.h"
#include "MemorySecretStore.h"
#include "SourceFetcher.h"
#include "Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk;

namespace {

const QDateTime kBase(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
const QString kModify = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");

QByteArray notice(const QString &id, int sequence, const QString &from = {})
{
    return bcopMail(sampleNotice(id, sequence, from));
}

} // namespace

class TestGmailFetch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeGoogle m_google;
    MemorySecretStore m_secrets;
    std::optional<Store> m_store;
    SourceConfig m_source;
    int m_next = 0;

    void addMessage(const QByteArray &raw, const QString &from = QStringLiteral("maintenance@arelion.com"))
    {
        ++m_next;
        m_google.addMessage({QStringLiteral("m%1").arg(m_next, 4, 10, QLatin1Char('0')), QStringLiteral("t%1").arg(m_next), from,
                             kBase.addSecs(qint64(m_next) * 60), {QStringLiteral("INBOX")}, raw});
    }

    QStringList labelsOf(int number) const
    {
        return m_google.message(QStringLiteral("m%1").arg(number, 4, 10, QLatin1Char('0'))).labelIds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_google.listen());
        m_google.addLabel(QStringLiteral("Label_1"), QStringLiteral("NocDesk/parsed"));
        m_google.addLabel(QStringLiteral("Label_2"), QStringLiteral("NocDesk/parsing-failed"));
        m_google.addLabel(QStringLiteral("Label_3"), QStringLiteral("NocDesk/unknown-provider"));
        m_google.addLabel(QStringLiteral("Label_4"), QStringLiteral("NocDesk/unknown-cids"));

        // The OAuth client file as Google's console hands it out, and a sign-in done earlier.
        const QJsonObject installed{{QStringLiteral("client_id"), m_google.clientId},
                                    {QStringLiteral("client_secret"), m_google.clientSecret},
                                    {QStringLiteral("auth_uri"), m_google.authUrl().toString()},
                                    {QStringLiteral("token_uri"), m_google.tokenUrl().toString()},
                                    {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost")}}};
        const QString credentials = m_dir.filePath(QStringLiteral("client.json"));
        QFile file(credentials);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson());
        file.close();
        gmail::GmailTokens tokens;
        tokens.refreshToken = m_google.grantRefreshToken({kModify});
        tokens.accessToken = m_google.grantAccessToken({kModify});
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3000);
        tokens.scopes = {kModify};
        tokens.clientId = m_google.clientId;
        tokens.subject = m_google.emailAddress;
        QVERIFY(gmail::GmailTokenStore(m_secrets, QStringLiteral("gmail-noc")).save(tokens).ok());

        QString error;
        m_source = SourceConfig::fromJson(
            {{QStringLiteral("name"), QStringLiteral("gmail-noc")},
             {QStringLiteral("kind"), QStringLiteral("gmail")},
             {QStringLiteral("account"), m_google.emailAddress},
             {QStringLiteral("credentials_file"), credentials},
             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("parsed"), QStringLiteral("Label_1")},
                                                    {QStringLiteral("parsing-failed"), QStringLiteral("Label_2")},
                                                    {QStringLiteral("unknown-provider"), QStringLiteral("Label_3")},
                                                    {QStringLiteral("unknown-cids"), QStringLiteral("Label_4")}}},
             {QStringLiteral("api_base_url"), m_google.baseUrl().toString()},
             {QStringLiteral("token_url"), m_google.tokenUrl().toString()},
             {QStringLiteral("auth_url"), m_google.authUrl().toString()}},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_source.validationError().isEmpty(), qPrintable(m_source.validationError()));

        m_store.emplace(Store::open(m_dir.filePath(QStringLiteral("gmail.sqlite")), QStringLiteral("gmail")));
        m_store->addNotificationSource(m_source.name, QStringLiteral("gmail"),
                                       QJsonDocument(m_source.settingsJson()).toJson(QJsonDocument::Compact));
        const qint64 provider = m_store->ensureProvider(QStringLiteral("arelion"), QStringLiteral("Arelion"));
        m_store->addCircuit({0, provider, QStringLiteral("IC-1"), {}, 0, 0, {}});
    }

    // The source's `labels` keys are the outcome names the store writes: a label configured for
    // an outcome the store never produces would never be applied.
    void labelKeysAreTheStoredOutcomeNames()
    {
        QStringList stored;
        for (NotificationOutcome o : {NotificationOutcome::Parsed, NotificationOutcome::Ignored,
                                      NotificationOutcome::ParsingFailed, NotificationOutcome::UnknownProvider,
                                      NotificationOutcome::OutOfSequence, NotificationOutcome::UnknownCircuits})
            stored << storedName(o);
        QStringList labelled = gmail::outcome::all();
        stored.sort();
        labelled.sort();
        QCOMPARE(labelled, stored);
    }

    void validateListsTheLabels()
    {
        SourceFetcher fetcher(*m_store, m_secrets, QStringLiteral("test"));
        const SourceCheck check = fetcher.validate(m_source);
        QVERIFY2(check.ok, qPrintable(check.message));
        QVERIFY(check.details.join(QLatin1Char('\n')).contains(QLatin1String("NocDesk/parsed")));
    }

    void fetchStoresThenLabels()
    {
        addMessage(notice(QStringLiteral("CHG-1"), 1));
        addMessage(notice(QStringLiteral("CHG-2"), 1));
        addMessage(notice(QStringLiteral("CHG-1"), 2));
        addMessage(notice(QStringLiteral("X-1"), 1, QStringLiteral("Someone <a@unknown.example>")), QStringLiteral("a@unknown.example"));
        addMessage("From: maintenance@arelion.com\r\nSubject: hi\r\nMessage-ID: <hi@arelion.com>\r\n\r\nhello\r\n");

        SourceFetcher fetcher(*m_store, m_secrets, QStringLiteral("test"));
        const FetchReport report = fetcher.fetch(m_source);
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.stored, 5);
        QCOMPARE(report.outcomes.value(QStringLiteral("parsed")), 3);
        QCOMPARE(report.outcomes.value(QStringLiteral("unknown-provider")), 1);
        QCOMPARE(report.outcomes.value(QStringLiteral("parsing-failed")), 1);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(labelsOf(i).contains(QStringLiteral("Label_1")));
        QVERIFY(labelsOf(4).contains(QStringLiteral("Label_3")));
        QVERIFY(labelsOf(5).contains(QStringLiteral("Label_2")));
        QVERIFY(!labelsOf(5).contains(QStringLiteral("Label_1")));

        // Stored oldest first, each with Gmail's id and arrival time.
        const QList<Notification> rows = m_store->notifications();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.constFirst().sourceName, QStringLiteral("gmail-noc"));
        QCOMPARE(rows.constFirst().receivedAt, kBase.addSecs(60));
        QCOMPARE(m_store->maintenances().size(), 2);
        QCOMPARE(m_store->maintenances().constFirst().noticeCount, 2);
    }

    void nothingNewStoresNothing()
    {
        SourceFetcher fetcher(*m_store, m_secrets, QStringLiteral("test"));
        const FetchReport report = fetcher.fetch(m_source);
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.stored, 0);
        QCOMPARE(m_store->notifications().size(), 5);
        // The search starts near the newest message stored, not at the beginning of time.
        QVERIFY2(m_google.listQueries.constLast().contains(QLatin1String("after:")), qPrintable(m_google.listQueries.constLast()));
    }

    void unreadableMessageIsNeitherStoredNorLabelled()
    {
        addMessage(notice(QStringLiteral("CHG-3"), 1));
        m_google.failNext(FakeGoogle::Endpoint::MessagesGet, {404});
        SourceFetcher fetcher(*m_store, m_secrets, QStringLiteral("test"));
        const FetchReport failed = fetcher.fetch(m_source);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.stored, 0);
        QVERIFY(labelsOf(6).isEmpty() || labelsOf(6) == QStringList{QStringLiteral("INBOX")});
        QCOMPARE(m_store->notifications().size(), 5);
        // The source shows why; the next fetch takes the message.
        QVERIFY(!m_store->notificationSources().constFirst().lastError.isEmpty());
        const FetchReport next = fetcher.fetch(m_source);
        QVERIFY2(next.ok, qPrintable(next.message));
        QCOMPARE(next.stored, 1);
        QVERIFY(labelsOf(6).contains(QStringLiteral("Label_1")));
        QVERIFY(m_store->notificationSources().constFirst().lastError.isEmpty());
    }

    void revokedSignInIsASourceErrorNotAMail()
    {
        m_google.revokeRefreshToken(gmail::GmailTokenStore(m_secrets, QStringLiteral("gmail-noc")).load().value->refreshToken);
        m_google.expireAccessTokens();
        addMessage(notice(QStringLiteral("CHG-4"), 1));
        SourceFetcher fetcher(*m_store, m_secrets, QStringLiteral("test"));
        const FetchReport report = fetcher.fetch(m_source);
        QVERIFY(!report.ok);
        QCOMPARE(report.failure, QStringLiteral("sign-in-required"));
        QCOMPARE(m_store->notifications().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestGmailFetch)
#include "tst_gmailfetch.moc"
