// Building a notification from a MIME message: leaf parts typed and decoded, the calendar
// inside multipart/alternative kept, charsets converted, images skipped, subject and date added.
#include "MailContent.h"
#include "MailEnvelope.h"
#include "Notification.h"
#include "TextCodec.h"

#include <QFile>
#include <QTest>

using namespace nocdesk::parsing;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NOCDESK_FIXTURES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray partOf(const Notification &n, const QString &type)
{
    for (const DataPart &p : n.parts)
        if (p.type == type)
            return p.content;
    return {};
}
} // namespace

class TestNotification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // isAscii reads eight bytes at a time: a byte above 0x7F is seen in any position of a
    // word and in the bytes after the last whole word.
    void asciiTest()
    {
        QVERIFY(isAscii(QByteArray()));
        for (int size : {1, 7, 8, 9, 16, 23}) {
            const QByteArray plain(size, 'a');
            QVERIFY(isAscii(plain));
            for (int at = 0; at < size; ++at) {
                QByteArray high = plain;
                high[at] = char(0x80 + at);
                QVERIFY2(!isAscii(high), qPrintable(QStringLiteral("size %1, byte %2").arg(size).arg(at)));
            }
        }
    }

    void partsOfAMultipartMessage()
    {
        const Notification n = Notification::fromEmail(fixture("mime_alternative_calendar.eml"));
        QStringList types;
        for (const DataPart &p : n.parts)
            types << p.type;
        // sorted by type; the identical text/plain of the attached message is kept once;
        // the image is skipped
        QCOMPARE(types, (QStringList{QStringLiteral("email-header-date"), QStringLiteral("email-header-subject"),
                                     QStringLiteral("text/calendar"), QStringLiteral("text/html"),
                                     QStringLiteral("text/plain")}));
        QCOMPARE(QString::fromUtf8(partOf(n, QStringLiteral("email-header-subject"))),
                 QStringLiteral(u"Wartung f\u00fcr circ-c"));
        QVERIFY(partOf(n, QStringLiteral("email-header-date")).contains("25 Mar 2024"));
        QVERIFY(partOf(n, QStringLiteral("text/calendar")).startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(QString::fromUtf8(partOf(n, QStringLiteral("text/html"))).trimmed(),
                 QStringLiteral(u"<p>Gr\u00fc\u00dfe</p>"));
        QCOMPARE(n.sender, QStringLiteral("noc@fixture.net"));
    }

    // The envelope (read first, for de-duplication and the pane) and the content (read to
    // parse) take a header field's text and an id in angle brackets the same way.
    void envelopeAndContentReadHeadersAlike()
    {
        const QByteArray message =
            "Message-ID: <notice-7@noc.example>\r\n"
            "From: NOC <NOC@Example.net>\r\n"
            "Subject: =?UTF-8?Q?Wartung_f=C3=BCr?=\r\n"
            " circ-c  (2 circuits)\r\n"
            "Date: Mon, 25 Mar 2024 10:00:00 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-ID: <part-1@noc.example>\r\n"
            "\r\n"
            "Body\r\n";
        const MailEnvelope envelope = readEnvelope(message);
        const MailContent content = readMailContent(message, MailImages::Skip);
        QCOMPARE(envelope.subject, QStringLiteral(u"Wartung f\u00fcr circ-c  (2 circuits)"));
        QCOMPARE(content.subject, envelope.subject);
        QCOMPARE(envelope.messageId, QStringLiteral("notice-7@noc.example"));
        QCOMPARE(envelope.sender, QStringLiteral("noc@example.net"));
        QCOMPARE(content.sender, envelope.sender);
        QCOMPARE(envelope.date, QDateTime(QDate(2024, 3, 25), QTime(9, 0), Qt::UTC));
        QCOMPARE(content.leaves.size(), 1);
        QCOMPARE(content.leaves.constFirst().contentId, QStringLiteral("part-1@noc.example"));
    }

    void undeclaredCharsetIsGuessed()
    {
        const Notification n = Notification::fromEmail(fixture("mime_no_charset.eml"));
        const QString text = QString::fromUtf8(partOf(n, QStringLiteral("text/plain")));
        QVERIFY2(text.contains(QStringLiteral(u"Sch\u00f6ne Gr\u00fc\u00dfe")), qPrintable(text));
    }

    // Quoted-printable copies the runs between "=" whole; each kind of "=" at each place.
    void quotedPrintableEdges_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("nothing encoded") << QByteArray("plain text, no escapes") << QByteArray("plain text, no escapes");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("escapes, both cases") << QByteArray("caf=C3=a9 =3D") << QByteArray("caf\xC3\xA9 =");
        QTest::newRow("escape first and last") << QByteArray("=41bc=44") << QByteArray("AbcD");
        QTest::newRow("soft break, LF") << QByteArray("long=\nline") << QByteArray("longline");
        QTest::newRow("soft break, CRLF") << QByteArray("long=\r\nline") << QByteArray("longline");
        QTest::newRow("soft break at the end") << QByteArray("end=\r\n") << QByteArray("end");
        QTest::newRow("a lone = at the end") << QByteArray("end=") << QByteArray("end");
        QTest::newRow("half an escape at the end") << QByteArray("end=4") << QByteArray("end=4");
        QTest::newRow("not hex") << QByteArray("a=ZZb") << QByteArray("a=ZZb");
        QTest::newRow("one hex digit") << QByteArray("a=4Zb") << QByteArray("a=4Zb");
        QTest::newRow("only =") << QByteArray("==") << QByteArray("=");
    }

    void quotedPrintableEdges()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(decodeQuotedPrintable(in), out);
    }

    void garbageDoesNotThrow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01--\r\n\r\n", 10);
        // found by fuzz_parse: a truncated charset name that iconv knows, over bytes that end
        // in an invalid sequence (the converter once stepped past the end)
        QTest::newRow("nested message, odd charset")
            << QByteArray::fromBase64(QByteArrayLiteral(
                   "RnJvbTogYUBiLmMNCkNvbnRlbnQtX3lwZTogbWVzc2FnZS9yZmM4MjINCg0KRnJvbTogAXRhYmxlDQoNCjwBAAAAZj1FOQEAAAAN"
                   "eEB5LnoNCkNvbnRlbnQtVHlwZTogdGV4dC9odG1sOyBjaGFyc2V0PWlzby04ODXH0s77/7yQm3RlbnQtVHJhbnNmZXItRW5jb2Rp"
                   "bmc6IHF1b3RlZC1wcmludGFibGUNCg0IxI/BnJ6ZwrQ5AQAAAA0K"));
        QTest::newRow("unterminated multipart")
            << QByteArrayLiteral("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>");
    }

    void garbageDoesNotThrow()
    {
        QFETCH(QByteArray, bytes);
        const Notification n = Notification::fromEmail(bytes);
        for (const DataPart &p : n.parts)
            QVERIFY(!p.type.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotification)
#include "tst_notification.moc"
