// RFC 6587 framing on TCP: octet counting and newline framing, split anywhere, over-long
// messages cut and flagged without losing the messages after them.
#include "TcpSyslogFramer.h"

#include <QTest>

using nocdesk::TcpSyslogFramer;

namespace {
struct Frame
{
    QByteArray message;
    bool truncated;
    bool operator==(const Frame &o) const { return message == o.message && truncated == o.truncated; }
};

// Feeds the stream in pieces of `step` bytes (0: all at once) and collects the frames.
QList<Frame> frames(const QByteArray &stream, int step, qsizetype max = 64)
{
    TcpSyslogFramer framer(max);
    QList<Frame> out;
    const auto sink = [&out](const QByteArray &m, bool t) { out.append({m, t}); };
    if (step <= 0) {
        framer.feed(stream, sink);
    } else {
        for (qsizetype i = 0; i < stream.size(); i += step)
            framer.feed(stream.mid(i, step), sink);
    }
    framer.finish(sink);
    return out;
}
} // namespace

Q_DECLARE_METATYPE(QList<Frame>)

namespace QTest {
template<> inline char *toString(const QList<Frame> &frames)
{
    QByteArray text;
    for (const Frame &f : frames)
        text += '[' + f.message + (f.truncated ? "|T" : "") + ']';
    return qstrdup(text.constData());
}
} // namespace QTest

class TestTcpFramer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<Frame>>("expected");
        QTest::addRow("newline") << QByteArray("<1>a\n<2>b\n") << QList<Frame>{{"<1>a", false}, {"<2>b", false}};
        QTest::addRow("crlf") << QByteArray("<1>a\r\n<2>b\r\n") << QList<Frame>{{"<1>a", false}, {"<2>b", false}};
        QTest::addRow("octet counting") << QByteArray("4 <1>a5 <2>bc") << QList<Frame>{{"<1>a", false}, {"<2>bc", false}};
        QTest::addRow("counted message holding a newline") << QByteArray("6 <1>a\nb<2>c\n")
                                                           << QList<Frame>{{"<1>a\nb", false}, {"<2>c", false}};
        QTest::addRow("mixed") << QByteArray("4 <1>a<2>b\n4 <3>c") << QList<Frame>{{"<1>a", false}, {"<2>b", false}, {"<3>c", false}};
        QTest::addRow("last line without newline") << QByteArray("<1>a\n<2>b") << QList<Frame>{{"<1>a", false}, {"<2>b", false}};
        QTest::addRow("blank keep-alive lines") << QByteArray("\n<1>a\n\n") << QList<Frame>{{"", false}, {"<1>a", false}, {"", false}};
        QTest::addRow("digits and a space are text") << QByteArray("2026 line\n") << QList<Frame>{{"2026 line", false}};
        QTest::addRow("digits without a space are text") << QByteArray("42\n") << QList<Frame>{{"42", false}};
        QTest::addRow("over-long line") << QByteArray(100, 'x') + "\n<2>next\n"
                                        << QList<Frame>{{QByteArray(64, 'x'), true}, {"<2>next", false}};
        QTest::addRow("over-long counted") << QByteArray("100 <") + QByteArray(99, 'y') + "4 <3>z"
                                           << QList<Frame>{{"<" + QByteArray(63, 'y'), true}, {"<3>z", false}};
        QTest::addRow("cut counted message at end of stream")
            << QByteArray("<1>a\n50 <2>only part") << QList<Frame>{{"<1>a", false}, {"50 <2>only part", false}};
    }

    void framing()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<Frame>, expected);
        // Whatever way TCP splits the stream, the messages are the same.
        for (int step : {0, 1, 2, 3, 7, 64}) {
            const QList<Frame> got = frames(stream, step);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(QString::fromLatin1(QTest::toString(got)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTcpFramer)
#include "tst_tcpframer.moc"
