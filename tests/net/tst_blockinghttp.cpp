// The blocking transport the Gmail and NetBox clients share, against a real HTTP server on
// loopback (Qt HttpServer): an answer of any status with what the clients read of it, the
// request as given, a deadline, a cancel, a refused connection, and a self-signed certificate,
// which fails: TLS is verified and nothing here relaxes it.
#include "BlockingHttp.h"
#include "TestCrypto.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace nocdesk::net;
using namespace std::chrono_literals;

namespace {

using Method = QHttpServerRequest::Method;

QUrl urlOf(const char *scheme, quint16 port, const char *path)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(scheme));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QString::fromLatin1(path));
    return url;
}

} // namespace

class TestBlockingHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/echo"), Method::Post, [](const QHttpServerRequest &request) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                       request.value("Authorization") + '|' + request.value("Content-Type") + '|' + request.body());
        });
        m_server.route(QStringLiteral("/busy"), Method::Get, [] {
            QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"detail\":\"later\"}"),
                                         QHttpServerResponder::StatusCode::ServiceUnavailable);
            response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7"));
            return response;
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        // Accepts and never answers.
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
    }

    void answersAnyStatusWithWhatWasSent()
    {
        BlockingHttp http;
        HttpRequest request;
        request.verb = QByteArrayLiteral("POST");
        request.url = urlOf("http", m_port, "/echo");
        request.body = QByteArrayLiteral("{\"a\":1}");
        request.contentType = QByteArrayLiteral("application/json");
        request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Token abc")}};
        const HttpReply echo = http.send(request, QDeadlineTimer(30s), {});
        QCOMPARE(echo.outcome, HttpReply::Outcome::Answered);
        QCOMPARE(echo.status, 200);
        QCOMPARE(echo.body, QByteArrayLiteral("Token abc|application/json|{\"a\":1}"));

        const HttpReply busy = http.send({QByteArrayLiteral("GET"), urlOf("http", m_port, "/busy"), {}, {}, {}, 0ms},
                                         QDeadlineTimer(30s), {});
        QCOMPARE(busy.outcome, HttpReply::Outcome::Answered);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.retryAfter, QByteArrayLiteral("7"));
        QCOMPARE(busy.body, QByteArrayLiteral("{\"detail\":\"later\"}"));

        const HttpReply missing = http.send({QByteArrayLiteral("GET"), urlOf("http", m_port, "/none"), {}, {}, {}, 0ms},
                                            QDeadlineTimer(30s), {});
        QCOMPARE(missing.outcome, HttpReply::Outcome::Answered);
        QCOMPARE(missing.status, 404);
    }

    void deadlineCancelAndTransferTimeout()
    {
        BlockingHttp http;
        HttpRequest request;
        request.url = urlOf("http", m_silent.serverPort(), "/");
        QCOMPARE(http.send(request, QDeadlineTimer(300ms), {}).outcome, HttpReply::Outcome::TimedOut);

        int asked = 0;
        QCOMPARE(http.send(request, QDeadlineTimer(QDeadlineTimer::Forever), [&asked] { return ++asked > 2; }).outcome,
                 HttpReply::Outcome::Cancelled);

        // Qt's transfer timeout ends a stalled exchange as a failure the caller can name.
        request.transferTimeout = 300ms;
        const HttpReply stalled = http.send(request, QDeadlineTimer(QDeadlineTimer::Forever), {});
        QCOMPARE(stalled.outcome, HttpReply::Outcome::Failed);
        QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);

        QVERIFY(!http.pause(10s, [] { return true; }));
        QVERIFY(http.pause(10ms, {}));
    }

    void refusedIsAFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        BlockingHttp http;
        const HttpReply reply = http.send({QByteArrayLiteral("GET"), urlOf("http", port, "/"), {}, {}, {}, 0ms},
                                          QDeadlineTimer(30s), {});
        QCOMPARE(reply.outcome, HttpReply::Outcome::Failed);
        QCOMPARE(reply.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!reply.errorString.isEmpty());
    }

    // The peer sends a status and headers, promises 1,000 bytes, sends 10 and closes.
    void cutOffAnswerIsAFailure()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] {
                if (!peer->readAll().contains("\r\n\r\n"))
                    return;
                peer->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\"");
                peer->flush();
                peer->disconnectFromHost();
            });
        });
        BlockingHttp http;
        const HttpReply reply = http.send({QByteArrayLiteral("GET"), urlOf("http", server.serverPort(), "/api/dcim/sites/"), {}, {}, {}, 0ms},
                                          QDeadlineTimer(30s), {});
        QCOMPARE(reply.outcome, HttpReply::Outcome::Failed);
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(!reply.errorString.isEmpty());
        QVERIFY(reply.body.isEmpty());
    }

    void untrustedCertificateFails()
    {
        const testcrypto::TlsIdentity identity =
            testcrypto::selfSigned(QStringLiteral("netbox.fake.test"), testcrypto::generateRsaKey());
        QHttpServer tls;
        tls.route(QStringLiteral("/"), [] { return QStringLiteral("secret"); });
        tls.sslSetup(identity.certificate, identity.key);
        const quint16 port = tls.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        BlockingHttp http;
        const HttpReply reply = http.send({QByteArrayLiteral("GET"), urlOf("https", port, "/"), {}, {}, {}, 0ms},
                                          QDeadlineTimer(30s), {});
        QCOMPARE(reply.outcome, HttpReply::Outcome::Failed);
        QVERIFY(!reply.sslErrors.isEmpty());
        QVERIFY(reply.body.isEmpty());
        const QSslCertificate shown =
            reply.sslErrors.constFirst().certificate().isNull() ? reply.peerCertificate : reply.sslErrors.constFirst().certificate();
        QCOMPARE(shown, identity.certificate);
    }

private:
    QHttpServer m_server;
    QTcpServer m_silent;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestBlockingHttp)
#include "tst_blockinghttp.moc"
