// ImapClient against a real dovecot (tests/common/DovecotServer): validation and its failures
// classified, and fetching: byte-exact, incremental, batches, cancellation, a server that dies
// mid-way, a recreated folder, and no \Seen left behind. Each test works in a folder of its own.
#include "DovecotServer.h"
#include "ImapClient.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QThreadPool>
#include <QtTest>

using namespace nocdesk::mail;

Q_DECLARE_METATYPE(nocdesk::mail::ImapFailure)
Q_DECLARE_METATYPE(nocdesk::mail::TlsMode)

namespace {

QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\n', "\r\n");
    return text;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

// Real-looking provider notices: BCOP iCalendar inside multipart/alternative, an 8-bit UTF-8
// body with a binary attachment, and a quoted-printable Latin-1 one.
QList<QByteArray> notices(int first = 1, int count = 3)
{
    QList<QByteArray> out;
    for (int i = first; i < first + count; ++i) {
        switch (i % 3) {
        case 1:
            out << crlf(QStringLiteral(
                            "From: Zayo Maintenance <mr@zayo.example>\n"
                            "To: noc@example.net\n"
                            "Subject: [maintenance] Planned work %1\n"
                            "Message-ID: <notice-%1@zayo.example>\n"
                            "Date: Mon, 04 Mar 2024 10:00:00 +0000\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: multipart/alternative; boundary=\"alt-%1\"\n"
                            "\n"
                            "--alt-%1\n"
                            "Content-Type: text/plain; charset=us-ascii\n"
                            "\n"
                            "Planned work on circuit CID-%1 from 01:00 to 05:00 UTC.\n"
                            "--alt-%1\n"
                            "Content-Type: text/html; charset=us-ascii\n"
                            "\n"
                            "<html><body><table><tr><td>CID-%1</td><td>Outage</td></tr></table></body></html>\n"
                            "--alt-%1\n"
                            "Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\n"
                            "\n"
                            "BEGIN:VCALENDAR\n"
                            "VERSION:2.0\n"
                            "PRODID:-//Zayo//Maintenance//EN\n"
                            "BEGIN:VEVENT\n"
                            "UID:maint-%1@zayo.example\n"
                            "DTSTART:20240310T010000Z\n"
                            "DTEND:20240310T050000Z\n"
                            "X-MAINTNOTE-PROVIDER:zayo\n"
                            "X-MAINTNOTE-MAINTENANCE-ID:MAINT-%1\n"
                            "X-MAINTNOTE-OBJECT-ID:CID-%1\n"
                            "X-MAINTNOTE-IMPACT:OUTAGE\n"
                            "X-MAINTNOTE-STATUS:CONFIRMED\n"
                            "END:VEVENT\n"
                            "END:VCALENDAR\n"
                            "--alt-%1--\n")
                            .arg(i)
                            .toUtf8());
            break;
        case 2: {
            QByteArray attachment(150 * 1024, Qt::Uninitialized);
            QRandomGenerator generator{quint32(i)};
            for (char &c : attachment)
                c = char(generator.bounded(256));
            out << crlf(QStringLiteral("From: Equinix <no-reply@equinix.example>\n"
                                       "To: noc@example.net\n"
                                       "Subject: =?utf-8?q?Wartungsfenster_f=C3=BCr_Glasfaser_%1?=\n"
                                       "Message-ID: <notice-%1@equinix.example>\n"
                                       "Date: Tue, 05 Mar 2024 08:30:00 +0100\n"
                                       "MIME-Version: 1.0\n"
                                       "Content-Type: multipart/mixed; boundary=\"mix-%1\"\n"
                                       "\n"
                                       "--mix-%1\n"
                                       "Content-Type: text/plain; charset=utf-8\n"
                                       "Content-Transfer-Encoding: 8bit\n"
                                       "\n"
                                       "Sehr geehrte Kundin, am 12.03. gibt es Arbeiten an der Glasfaser (Straße 7, Köln).\n"
                                       "--mix-%1\n"
                                       "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"circuits-%1.xlsx\"\n"
                                       "Content-Disposition: attachment; filename=\"circuits-%1.xlsx\"\n"
                                       "Content-Transfer-Encoding: base64\n"
                                       "\n")
                            .arg(i)
                            .toUtf8())
                    + base64Lines(attachment) + crlf(QStringLiteral("--mix-%1--\n").arg(i).toUtf8());
            break;
        }
        default:
            out << crlf(QByteArray("From: Telstra <ops@telstra.example>\n"
                                   "To: noc@example.net\n"
                                   "Subject: Notice ")
                        + QByteArray::number(i)
                        + "\n"
                          "Message-ID: <notice-" + QByteArray::number(i) + "@telstra.example>\n"
                          "Date: Wed, 06 Mar 2024 12:00:00 +1100\n"
                          "MIME-Version: 1.0\n"
                          "Content-Type: text/plain; charset=iso-8859-1\n"
                          "Content-Transfer-Encoding: quoted-printable\n"
                          "\n"
                          "Gr=FC=DFe: emergency maintenance on service SVC-" + QByteArray::number(i) + ".\n");
            break;
        }
    }
    return out;
}

// What a fetch handed to deliver(), batch by batch.
struct Delivered
{
    QList<QList<ImapMessage>> batches;
    QList<QPair<qint64, qint64>> progress;

    [[nodiscard]] QList<ImapMessage> all() const
    {
        QList<ImapMessage> out;
        for (const auto &b : batches)
            out += b;
        return out;
    }
    [[nodiscard]] QList<quint32> uids() const
    {
        QList<quint32> out;
        for (const ImapMessage &m : all())
            out << m.uid;
        return out;
    }
};

} // namespace

class TestImapClient : public QObject
{
    Q_OBJECT

    DovecotServer m_server;

    [[nodiscard]] ImapSettings settings(const QString &folder, TlsMode tls = TlsMode::Implicit) const
    {
        ImapSettings s;
        s.host = QStringLiteral("localhost");
        s.port = tls == TlsMode::Implicit ? m_server.imapsPort() : m_server.imapPort();
        s.tls = tls;
        s.account = DovecotServer::user();
        s.folder = folder;
        s.caFile = m_server.caFile();
        s.timeoutSeconds = 10;
        return s;
    }

    [[nodiscard]] static QString folderOfTest() { return QString::fromLatin1(QTest::currentTestFunction()); }

    // A folder named after the running test, holding these messages (UIDs from 1 in this order).
    bool makeFolder(const QList<QByteArray> &messages, QString folder = {})
    {
        if (folder.isEmpty())
            folder = folderOfTest();
        QString error;
        if (!m_server.createFolder(folder, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        for (const QByteArray &m : messages) {
            if (!m_server.append(folder, m, &error)) {
                qWarning().noquote() << error;
                return false;
            }
        }
        return true;
    }

    static ImapFetchResult fetchAll(ImapClient &client, const ImapSyncState &from, Delivered &into, int batchSize = 100)
    {
        return client.fetch(
            from,
            [&into](const QList<ImapMessage> &batch) {
                into.batches << batch;
                return true;
            },
            [&into](qint64 done, qint64 total) { into.progress << qMakePair(done, total); }, {}, batchSize);
    }

private slots:
    void initTestCase()
    {
        const QString missing = DovecotServer::missingTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        // a test that stopped the server and then failed leaves it down for the next one
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

    // --- validate -----------------------------------------------------------------------

    void validatesOverImplicitTlsAndStartTls_data()
    {
        QTest::addColumn<TlsMode>("tls");
        QTest::addColumn<QString>("host");
        QTest::newRow("IMAPS by name") << TlsMode::Implicit << QStringLiteral("localhost");
        QTest::newRow("IMAPS by address") << TlsMode::Implicit << QStringLiteral("127.0.0.1");
        QTest::newRow("STARTTLS") << TlsMode::StartTls << QStringLiteral("localhost");
    }
    void validatesOverImplicitTlsAndStartTls()
    {
        QFETCH(TlsMode, tls);
        QFETCH(QString, host);
        const QString folder = QStringLiteral("Validate-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(makeFolder(notices(1, 3), folder));
        ImapSettings s = settings(folder, tls);
        s.host = host;

        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::None);
        QCOMPARE(v.messageCount, qint64(3));
        QCOMPARE(v.uidValidity, m_server.uidValidity(folder));
        QVERIFY(v.uidValidity != 0);
        QVERIFY2(v.capabilities.contains(QStringLiteral("IMAP4REV1"), Qt::CaseInsensitive), qPrintable(v.capabilities.join(u' ')));
        QVERIFY2(v.capabilities.contains(QStringLiteral("UIDPLUS"), Qt::CaseInsensitive), qPrintable(v.capabilities.join(u' ')));
        QCOMPARE(v.certificateFingerprint, m_server.certificateFingerprint());
        QVERIFY2(v.certificateSubject.startsWith(QLatin1String("CN=localhost")), qPrintable(v.certificateSubject));
        QVERIFY(v.message.contains(folder));
    }

    void unknownCaIsTlsUntrustedWithTheCertificate_data()
    {
        QTest::addColumn<TlsMode>("tls");
        QTest::newRow("IMAPS") << TlsMode::Implicit;
        QTest::newRow("STARTTLS") << TlsMode::StartTls;
    }
    void unknownCaIsTlsUntrustedWithTheCertificate()
    {
        QFETCH(TlsMode, tls);
        ImapSettings s = settings(QStringLiteral("INBOX"), tls);
        s.caFile.clear(); // only the system CAs: the test CA is unknown to them
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::TlsUntrusted);
        QCOMPARE(v.certificateFingerprint, m_server.certificateFingerprint());
        QVERIFY2(v.certificateSubject.contains(QLatin1String("CN=localhost")), qPrintable(v.certificateSubject));
        QVERIFY(v.message.contains(m_server.certificateFingerprint()));
    }

    void certificateForAnotherNameIsTlsUntrusted()
    {
        // dovecot also listens on 127.0.0.2, an address the certificate does not name
        ImapSettings s = settings(QStringLiteral("INBOX"));
        s.host = QStringLiteral("127.0.0.2");
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::TlsUntrusted);
        QVERIFY(v.message.contains(QLatin1String("127.0.0.2")));
        QCOMPARE(v.certificateFingerprint, m_server.certificateFingerprint());
    }

    void unreadableCaFileIsTlsUntrusted()
    {
        ImapSettings s = settings(QStringLiteral("INBOX"));
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        QCOMPARE(v.failure, ImapFailure::TlsUntrusted);
        QVERIFY(v.message.contains(s.caFile));
    }

    void missingFolderIsFolderMissing()
    {
        const ImapValidation v = ImapClient(settings(QStringLiteral("No/Such Folder")), DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::FolderMissing);
        QVERIFY(v.message.contains(QLatin1String("No/Such Folder")));
        QVERIFY2(v.message.contains(QLatin1String("INBOX")), "the message lists the folders there are");
    }

    void nothingListeningIsConnectionRefused()
    {
        ImapSettings s = settings(QStringLiteral("INBOX"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        s.port = probe.serverPort();
        probe.close();
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::ConnectionRefused);
    }

    void unresolvableNameIsNameNotResolved()
    {
        ImapSettings s = settings(QStringLiteral("INBOX"));
        s.host = QStringLiteral("imap.nocdesk-test.invalid"); // .invalid never resolves (RFC 6761)
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::NameNotResolved);
        QVERIFY(v.message.contains(s.host));
    }

    // A server that takes the connection and never says a word (dovecot frozen with SIGSTOP:
    // the kernel still accepts): validate and fetch give up after timeoutSeconds instead of
    // hanging the task.
    void frozenServerIsTimeout()
    {
        QVERIFY(makeFolder(notices(1, 1)));
        ImapSettings s = settings(folderOfTest());
        s.timeoutSeconds = 1;
        m_server.freeze();
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        s.tls = TlsMode::StartTls;
        s.port = m_server.imapPort();
        bool delivered = false;
        const ImapFetchResult r = ImapClient(s, DovecotServer::password()).fetch({}, [&](const QList<ImapMessage> &) {
            delivered = true;
            return true;
        });
        m_server.thaw();
        qInfo().noquote() << v.message;
        qInfo().noquote() << r.message;
        QCOMPARE(v.failure, ImapFailure::Timeout);
        QCOMPARE(r.failure, ImapFailure::Timeout);
        QVERIFY(!delivered);
    }

    void implicitTlsOnThePlainPortIsAProtocolError()
    {
        ImapSettings s = settings(QStringLiteral("INBOX"));
        s.port = m_server.imapPort();
        const ImapValidation v = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::Protocol);
        QVERIFY(v.message.contains(QLatin1String("TLS")));
    }

    // A server without TLS: STARTTLS mode refuses before any password goes out; only the
    // explicit "no encryption" mode logs in in plain text.
    void startTlsNeverFallsBackToPlainText()
    {
        DovecotServer plain(DovecotServer::Tls::Absent);
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        ImapSettings s = settings(QStringLiteral("INBOX"), TlsMode::StartTls);
        s.port = plain.imapPort();

        const ImapValidation refused = ImapClient(s, DovecotServer::password()).validate();
        qInfo().noquote() << refused.message;
        QCOMPARE(refused.failure, ImapFailure::Protocol);
        QVERIFY(refused.message.contains(QLatin1String("STARTTLS")));
        QVERIFY(refused.certificateFingerprint.isEmpty());

        s.tls = TlsMode::None;
        const ImapValidation open = ImapClient(s, DovecotServer::password()).validate();
        QCOMPARE(open.failure, ImapFailure::None);
        plain.stop();
        // One login in the log: the plain-text one. The STARTTLS attempt sent no credentials.
        QCOMPARE(plain.log().count(QLatin1String("Login: user=<alice>")), 1);
        QVERIFY2(!plain.log().contains(QLatin1String("auth failed")), qPrintable(plain.log()));
    }

    // --- fetch --------------------------------------------------------------------------

    void fetchesWholeMessagesByteExactInUidOrder()
    {
        const QList<QByteArray> sent = notices(1, 5);
        QVERIFY(makeFolder(sent));
        ImapClient client(settings(folderOfTest()), DovecotServer::password());
        Delivered got;
        const ImapFetchResult r = fetchAll(client, {}, got, 2);
        QCOMPARE(r.failure, ImapFailure::None);
        QVERIFY(!r.uidValidityChanged); // a first fetch is not a recreated folder
        QCOMPARE(r.delivered, qint64(5));
        QCOMPARE(r.state.uidValidity, m_server.uidValidity(folderOfTest()));
        QCOMPARE(r.state.lastUid, 5u);
        QCOMPARE(got.batches.size(), 3); // 2 + 2 + 1
        QCOMPARE(got.uids(), (QList<quint32>{1, 2, 3, 4, 5}));
        for (int i = 0; i < sent.size(); ++i) {
            QCOMPARE(got.all()[i].raw.size(), sent[i].size());
            QVERIFY2(got.all()[i].raw == sent[i], qPrintable(QStringLiteral("message %1 differs").arg(i + 1)));
        }
        QCOMPARE(got.progress, (QList<QPair<qint64, qint64>>{{0, 5}, {2, 5}, {4, 5}, {5, 5}}));
    }

    void incrementalFetchOffersOnlyNewMail()
    {
        QVERIFY(makeFolder(notices(1, 3)));
        ImapClient client(settings(folderOfTest()), DovecotServer::password());
        Delivered first;
        const ImapFetchResult r1 = fetchAll(client, {}, first);
        QCOMPARE(r1.delivered, qint64(3));

        // Nothing new: the server's "4:*" still names UID 3; it must not come back.
        Delivered none;
        const ImapFetchResult r2 = fetchAll(client, r1.state, none);
        QCOMPARE(r2.failure, ImapFailure::None);
        QCOMPARE(r2.delivered, qint64(0));
        QVERIFY(none.batches.isEmpty());
        QCOMPARE(r2.state.lastUid, r1.state.lastUid);
        QCOMPARE(r2.state.uidValidity, r1.state.uidValidity);

        const QList<QByteArray> newer = notices(4, 2);
        for (const QByteArray &m : newer)
            QVERIFY(m_server.append(folderOfTest(), m));
        Delivered second;
        const ImapFetchResult r3 = fetchAll(client, r2.state, second);
        QCOMPARE(r3.failure, ImapFailure::None);
        QCOMPARE(second.uids(), (QList<quint32>{4, 5}));
        QCOMPARE(second.all()[0].raw, newer[0]);
        QCOMPARE(second.all()[1].raw, newer[1]);
        QCOMPARE(r3.state.lastUid, 5u);
    }

    void declinedBatchDoesNotAdvance()
    {
        QVERIFY(makeFolder(notices(1, 4)));
        ImapClient client(settings(folderOfTest()), DovecotServer::password());

        int calls = 0;
        const ImapFetchResult refused = client.fetch({}, [&](const QList<ImapMessage> &) {
            ++calls;
            return false;
        }, {}, {}, 2);
        QCOMPARE(calls, 1);
        QCOMPARE(refused.failure, ImapFailure::Cancelled);
        QCOMPARE(refused.delivered, qint64(0));
        QCOMPARE(refused.state.lastUid, 0u);

        // Accept the first batch, decline the second: the state stops after the first.
        calls = 0;
        const ImapFetchResult half = client.fetch({}, [&](const QList<ImapMessage> &) { return ++calls == 1; }, {}, {}, 2);
        QCOMPARE(half.failure, ImapFailure::Cancelled);
        QCOMPARE(half.delivered, qint64(2));
        QCOMPARE(half.state.lastUid, 2u);

        Delivered rest;
        const ImapFetchResult r = fetchAll(client, half.state, rest, 2);
        QCOMPARE(r.failure, ImapFailure::None);
        QCOMPARE(rest.uids(), (QList<quint32>{3, 4}));
    }

    void cancelledBetweenBatches()
    {
        QVERIFY(makeFolder(notices(1, 5)));
        ImapClient client(settings(folderOfTest()), DovecotServer::password());
        int batches = 0;
        const ImapFetchResult r = client.fetch(
            {}, [&](const QList<ImapMessage> &) { return ++batches > 0; }, {}, [&] { return batches >= 1; }, 2);
        QCOMPARE(r.failure, ImapFailure::Cancelled);
        QCOMPARE(batches, 1);
        QCOMPARE(r.state.lastUid, 2u);
        QCOMPARE(r.delivered, qint64(2));
    }

    // The server dies after the first batch was taken in: the failure is reported, the state
    // covers exactly the accepted batch, and after a restart the next fetch brings the rest,
    // nothing lost and nothing twice.
    void serverStoppedMidFetchResumesWithoutLossOrDuplicates()
    {
        const QList<QByteArray> sent = notices(1, 7);
        QVERIFY(makeFolder(sent));
        ImapClient client(settings(folderOfTest()), DovecotServer::password());

        QList<ImapMessage> stored;
        const ImapFetchResult broken = client.fetch({}, [&](const QList<ImapMessage> &batch) {
            stored += batch;
            if (stored.size() == 3)
                m_server.stop(); // the batch is committed, then the server is gone
            return true;
        }, {}, {}, 3);
        qInfo().noquote() << broken.message;
        QVERIFY(broken.failure != ImapFailure::None);
        QVERIFY(broken.failure != ImapFailure::Cancelled);
        QCOMPARE(broken.delivered, qint64(3));
        QCOMPARE(broken.state.lastUid, 3u);

        // While it is down, a fetch fails at once and keeps the state.
        const ImapFetchResult down = client.fetch(broken.state, [](const QList<ImapMessage> &) { return true; });
        QCOMPARE(down.failure, ImapFailure::ConnectionRefused);
        QCOMPARE(down.state.lastUid, 3u);
        QCOMPARE(down.state.uidValidity, broken.state.uidValidity);

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const ImapFetchResult resumed = client.fetch(broken.state, [&](const QList<ImapMessage> &batch) {
            stored += batch;
            return true;
        }, {}, {}, 3);
        QCOMPARE(resumed.failure, ImapFailure::None);
        QCOMPARE(resumed.delivered, qint64(4));
        QCOMPARE(resumed.state.lastUid, 7u);

        QList<quint32> uids;
        for (const ImapMessage &m : std::as_const(stored))
            uids << m.uid;
        QCOMPARE(uids, (QList<quint32>{1, 2, 3, 4, 5, 6, 7}));
        for (int i = 0; i < sent.size(); ++i)
            QCOMPARE(stored[i].raw, sent[i]);
    }

    // The server freezes (SIGSTOP) after the first batch: the fetch gives up after
    // timeoutSeconds with the state of that batch, and resumes once the server is back.
    void frozenServerMidFetchTimesOut()
    {
        QVERIFY(makeFolder(notices(1, 5)));
        ImapSettings s = settings(folderOfTest());
        s.timeoutSeconds = 2;
        ImapClient client(s, DovecotServer::password());
        const ImapFetchResult frozen = client.fetch({}, [&](const QList<ImapMessage> &) {
            m_server.freeze();
            return true;
        }, {}, {}, 2);
        m_server.thaw();
        qInfo().noquote() << frozen.message;
        QCOMPARE(frozen.failure, ImapFailure::Timeout);
        QCOMPARE(frozen.state.lastUid, 2u);

        Delivered rest;
        const ImapFetchResult resumed = fetchAll(client, frozen.state, rest, 2);
        QCOMPARE(resumed.failure, ImapFailure::None);
        QCOMPARE(rest.uids(), (QList<quint32>{3, 4, 5}));
    }

    // Cancelling while the client waits on a server that does not answer ends the wait at once,
    // not after the (long) timeout.
    void cancelWhileWaitingOnTheServer()
    {
        QVERIFY(makeFolder(notices(1, 4)));
        ImapSettings s = settings(folderOfTest());
        s.timeoutSeconds = 120; // were cancel not heard while waiting, this would end as Timeout
        int pollsSinceFrozen = -1;
        const ImapFetchResult r = ImapClient(s, DovecotServer::password()).fetch(
            {},
            [&](const QList<ImapMessage> &) {
                m_server.freeze();
                pollsSinceFrozen = 0;
                return true;
            },
            {},
            // false at the poll between batches, true while waiting for the frozen server
            [&] { return pollsSinceFrozen >= 0 && ++pollsSinceFrozen > 1; }, 2);
        m_server.thaw();
        qInfo().noquote() << r.message;
        QCOMPARE(r.failure, ImapFailure::Cancelled);
        QCOMPARE(r.state.lastUid, 2u);
        QVERIFY(pollsSinceFrozen > 1);
    }

    void recreatedFolderOffersEverythingAgain()
    {
        const QString folder = folderOfTest();
        QVERIFY(makeFolder(notices(1, 2)));
        ImapClient client(settings(folder), DovecotServer::password());
        Delivered before;
        const ImapFetchResult r1 = fetchAll(client, {}, before);
        QCOMPARE(r1.state.lastUid, 2u);

        QVERIFY(m_server.deleteFolder(folder));
        const QList<QByteArray> again = notices(10, 3);
        QVERIFY(makeFolder(again));
        QVERIFY(m_server.uidValidity(folder) != r1.state.uidValidity);

        Delivered after;
        const ImapFetchResult r2 = fetchAll(client, r1.state, after);
        QCOMPARE(r2.failure, ImapFailure::None);
        QVERIFY(r2.uidValidityChanged);
        QCOMPARE(r2.state.uidValidity, m_server.uidValidity(folder));
        QCOMPARE(after.uids(), (QList<quint32>{1, 2, 3}));
        QCOMPARE(after.all()[0].raw, again[0]);
        QCOMPARE(r2.state.lastUid, 3u);
    }

    void fetchedMessagesStayUnseen()
    {
        const QString folder = folderOfTest();
        QVERIFY(makeFolder(notices(1, 4)));
        ImapClient client(settings(folder, TlsMode::StartTls), DovecotServer::password());
        QVERIFY(client.validate().failure == ImapFailure::None);
        Delivered got;
        QCOMPARE(fetchAll(client, {}, got).delivered, qint64(4));
        for (quint32 uid = 1; uid <= 4; ++uid) {
            QString error;
            const QStringList flags = m_server.flags(folder, uid, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!flags.contains(QStringLiteral("\\Seen")), qPrintable(flags.join(u' ')));
        }
    }

    // One client per task, several tasks at once on pool threads.
    void clientsOnPoolThreads()
    {
        const QString folder = folderOfTest();
        QVERIFY(makeFolder(notices(1, 6)));
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QMutex mutex;
        QStringList problems;
        for (int i = 0; i < 8; ++i) {
            pool.start([&, i] {
                ImapClient client(settings(folder, i % 2 ? TlsMode::StartTls : TlsMode::Implicit), DovecotServer::password());
                QString problem;
                const ImapValidation v = client.validate();
                if (v.failure != ImapFailure::None || v.messageCount != 6)
                    problem = v.message;
                qint64 got = 0;
                const ImapFetchResult r = client.fetch({}, [&](const QList<ImapMessage> &b) {
                    got += b.size();
                    return true;
                }, {}, {}, 2);
                if (r.failure != ImapFailure::None || got != 6)
                    problem += r.message;
                if (!problem.isEmpty()) {
                    QMutexLocker lock(&mutex);
                    problems << problem;
                }
            });
        }
        pool.waitForDone();
        QCOMPARE(problems, QStringList());
    }

    // Many small notices in one go (NOCDESK_IMAP_RATE_MESSAGES, default 300): all arrive in
    // UID order; the rate is printed, not asserted.
    void fetchesManyMessages()
    {
        const QString folder = folderOfTest();
        const int count = qEnvironmentVariableIsSet("NOCDESK_IMAP_RATE_MESSAGES") ? qEnvironmentVariableIntValue("NOCDESK_IMAP_RATE_MESSAGES")
                                                                                   : 300;
        QVERIFY(makeFolder({}));
        QList<QByteArray> small;
        for (int i = 0; i < count; ++i) {
            small << crlf(QStringLiteral("From: noc@provider.example\nTo: ops@example.net\nSubject: Notice %1\n"
                                         "Message-ID: <bulk-%1@provider.example>\n\n"
                                         "Planned work on circuit CID-%1 between 01:00 and 05:00 UTC.\n")
                              .arg(i)
                              .toUtf8());
        }
        QString error;
        QVERIFY2(m_server.writeToMaildir(folder, small, &error), qPrintable(error));
        QCOMPARE(m_server.messageCount(folder), qint64(count));

        ImapClient client(settings(folder), DovecotServer::password());
        QSet<QByteArray> bodies;
        quint32 previous = 0;
        bool ordered = true;
        QElapsedTimer timer;
        timer.start();
        const ImapFetchResult r = client.fetch({}, [&](const QList<ImapMessage> &batch) {
            for (const ImapMessage &m : batch) {
                ordered = ordered && m.uid > previous;
                previous = m.uid;
                bodies.insert(m.raw);
            }
            return true;
        });
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        QCOMPARE(r.failure, ImapFailure::None);
        QCOMPARE(r.delivered, qint64(count));
        QVERIFY(ordered);
        QCOMPARE(bodies.size(), count);
        qInfo().noquote() << QStringLiteral("fetched %1 messages in %2 ms: %3 messages/s (connect and login included)")
                                 .arg(count)
                                 .arg(ms)
                                 .arg(qint64(count) * 1000 / ms);
    }

    // Last: dovecot delays the next logins from the same address after a failed one.
    void wrongPasswordIsLoginRejected()
    {
        const ImapValidation v = ImapClient(settings(QStringLiteral("INBOX")), QStringLiteral("wrong")).validate();
        qInfo().noquote() << v.message;
        QCOMPARE(v.failure, ImapFailure::LoginRejected);
        QVERIFY(v.message.contains(DovecotServer::user()));
        QVERIFY2(v.message.contains(QLatin1String("AUTHENTICATIONFAILED")), "the server's own answer is quoted");
    }
};

QTEST_GUILESS_MAIN(TestImapClient)
#include "tst_imapclient.moc"
