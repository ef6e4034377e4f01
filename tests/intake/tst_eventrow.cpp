// The intake makes each line's row straight from the parser's views (parseSyslogRow). Every
// field of it must be what the parser read, as the store has always written it (the key values
// as QJsonDocument writes them), byte for byte, over generated device lines, the syslog corpus,
// and lines that are not syslog at all; and the row read back as an event (parseSyslogLine,
// what the demo stores) must store the same row again.
#include "EventRow.h"
#include "SyslogGenerator.h"
#include "SyslogLineParser.h"
#include "syslog/syslogparser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace nocdesk;

namespace {

const QString kCorpus = qEnvironmentVariable("NOCDESK_CORPUS_DIR", QStringLiteral(NOCDESK_CORPUS_DIR));

// Every field of a row, one per line, for a failure that says which differs.
QString describe(const EventRow &row)
{
    static const char *const names[] = {"host", "code", "message", "os", "kind", "values", "status", "result", "parse_error", "interface"};
    QString out = QStringLiteral("received %1, time %2 (%3), facility %4, severity %5, count %6, raw %7\n")
                      .arg(row.receivedMs)
                      .arg(row.eventMs)
                      .arg(row.hasEventTime)
                      .arg(row.facility)
                      .arg(row.severity)
                      .arg(row.count)
                      .arg(QString::fromLatin1(row.raw.toHex()));
    for (int f = 0; f < EventRow::FieldCount; ++f)
        out += QString::fromLatin1(names[f]) + QStringLiteral(": ") + QString::fromLatin1(row.field(EventRow::Field(f)).toByteArray().toHex()) + u'\n';
    return out;
}

// The row for a line, written here from the parser's fields one by one: the mapping the
// intake must make, spelled out independently of parseSyslogRow.
EventRow expectedRow(const QByteArray &line, qint64 receivedMs, bool truncated, const EventRow &direct)
{
    static const syslog::SyslogParser parser;
    const syslog::SyslogFields m = parser.fields(line);
    EventRow row;
    row.receivedMs = receivedMs;
    row.raw = m.raw;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    if (!m.parsed) {
        // The reason is the parser's, or the intake's own words when the parser gave none.
        const QByteArray reason = m.error.isEmpty() ? direct.field(EventRow::ParseError).toByteArray() : QByteArray(utf8(m.error));
        row.setText({"", "", QByteArray(utf8(QString::fromUtf8(m.raw))), "", "", "{}", "NEW", "", reason, ""});
        return row;
    }
    row.hasEventTime = m.timestamp.isValid();
    row.eventMs = row.hasEventTime ? m.timestamp.toMSecsSinceEpoch() : 0;
    row.facility = m.facility >= 0 ? m.facility : 1;
    row.severity = m.severity >= 0 ? qBound(0, m.severity, 7) : 6;
    QVariantMap values;
    for (const auto &[key, value] : m.values)
        values.insert(key, value.toString());
    if (truncated || m.hasFlag(syslog::ParseFlag::Truncated))
        values.insert(QStringLiteral("truncated"), true);
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact);
    row.setText({QByteArray(utf8(m.host)), QByteArray(utf8(m.tag)), QByteArray(utf8(m.message)), QByteArray(utf8(m.os)),
                 QByteArray(utf8(m.kind)), json, "NEW", "", "", QByteArray(utf8(values.value(QStringLiteral("interface")).toString()))});
    return row;
}
} // namespace

class TestEventRow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsAreTheParsers_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QList<QByteArray> generated;
        const QDateTime now(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        for (quint32 seed : {1u, 2u, 3u}) {
            SyslogGenerator generator(seed);
            for (int i = 0; i < 2000; ++i)
                generated << generator.next(now);
        }
        QTest::newRow("generated device lines") << generated;

        QList<QByteArray> corpus;
        QDirIterator it(kCorpus + QStringLiteral("/syslog/napalm-logs"), {QStringLiteral("syslog.msg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                corpus << file.readAll().trimmed();
        }
        QTest::newRow("napalm-logs corpus") << corpus;

        QTest::newRow("odd lines") << QList<QByteArray>{
            QByteArrayLiteral("garbage without a header"),
            QByteArrayLiteral("<999>Nov 22 09:30:00 r1 %LINK-3-UPDOWN: bad priority"),
            QByteArray("\xff\xfe\x80 invalid UTF-8 \xc3", 20),
            QByteArrayLiteral("<13>"),
            // A code from the rule, not from the line.
            QByteArrayLiteral("<28>Nov 22 09:30:00 mx1 alarmd[1]: Alarm set: FPC 0 color=RED, class=CHASSIS, reason=FPC 0 Major Errors"),
        };
        QTest::newRow("text that JSON escapes, and not ASCII") << QList<QByteArray>{
            QByteArrayLiteral("<187>Nov 22 09:30:00 r\xc3\xa9seau-1 %LINK-3-UPDOWN: Interface Gi0/\"1\\, changed state to down"),
            QByteArrayLiteral("<189>Nov 22 09:30:00 r1 %SYS-5-CONFIG_I: Configured from console by \xe2\x9c\x93 on vty0\ttab"),
            QByteArrayLiteral("<30>1 2026-11-22T09:30:00.123+01:00 edge-7 sshd 42 ID47 [x@1 a=\"b\"] msg \xf0\x9f\x98\x80"),
        };
    }

    void fieldsAreTheParsers()
    {
        QFETCH(QList<QByteArray>, lines);
        if (lines.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no lines: the corpus is not at %1 (set NOCDESK_CORPUS_DIR)").arg(kCorpus)));
        const qint64 receivedMs = QDateTime(QDate(2026, 11, 22), QTime(9, 30, 1), Qt::UTC).toMSecsSinceEpoch();
        int parsed = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            for (bool truncated : {false, true}) {
                const EventRow direct = parseSyslogRow(line, receivedMs, truncated);
                const EventRow expected = expectedRow(line, receivedMs, truncated, direct);
                if (!(direct == expected))
                    QFAIL(qPrintable(QStringLiteral("%1\ndirect:\n%2\nexpected:\n%3")
                                         .arg(QString::fromUtf8(line), describe(direct), describe(expected))));
                QVERIFY(direct.parsed() || !direct.field(EventRow::ParseError).isEmpty());
                // Read back as an event, it stores the same row again.
                if (!(EventRow::fromEvent(direct.toEvent()) == direct))
                    QFAIL(qPrintable(QStringLiteral("%1\nround trip:\n%2")
                                         .arg(QString::fromUtf8(line), describe(EventRow::fromEvent(direct.toEvent())))));
            }
            parsed += parseSyslogRow(line, receivedMs).parsed() ? 1 : 0;
        }
        // The comparison means something only if both kinds of line were in it: the odd lines
        // hold some the parser cannot read, the others are read.
        if (QByteArray(QTest::currentDataTag()) == "odd lines")
            QVERIFY(parsed < lines.size());
        else
            QVERIFY(parsed > 0);
    }

    // The fold key is host, code and message, each with a separator after it: lines that
    // differ only in where one field ends and the next begins do not fold together.
    void foldKeyKeepsFieldsApart()
    {
        EventRow a;
        a.setText({"r1", "ab", "c", "", "", "{}", "NEW", "", "", ""});
        EventRow b;
        b.setText({"r1", "a", "bc", "", "", "{}", "NEW", "", "", ""});
        QCOMPARE(a.foldKey(), QByteArrayView("r1\x1f" "ab\x1f" "c"));
        QVERIFY(a.foldKey() != b.foldKey());
        QCOMPARE(a.field(EventRow::Code), QByteArrayView("ab"));
        QVERIFY(a.parsed());
        a.setText({"", "", "x", "", "", "{}", "NEW", "", "why", ""});
        QVERIFY(!a.parsed());
    }
};

QTEST_GUILESS_MAIN(TestEventRow)
#include "tst_eventrow.moc"
