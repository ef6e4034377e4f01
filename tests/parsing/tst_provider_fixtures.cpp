// Provider parsers on notices written for these tests (not copied from the corpus): the
// structure each provider uses, with values of our own.
#include "HtmlDocument.h"
#include "NoticeParser.h"
#include "ParseFailure.h"
#include "ProviderRegistry.h"

#include <QFile>
#include <QTest>

using namespace nocdesk::parsing;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NOCDESK_FIXTURES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kDate = QByteArrayLiteral("Mon, 1 Apr 2024 00:00:00 +0000");
} // namespace

class TestProviderFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The tree walk that finds the cells with no table inside selects exactly what the XPath
    // it replaced selects, in the same order: layout tables nested in data tables, th and td
    // mixed, empty cells, a cell whose table is deep inside other elements.
    void cellWalkEqualsXPath()
    {
        const QByteArray html(
            "<html><body><table><tr><th>Circuit</th><th></th><td>Impact</td></tr>"
            "<tr><td><div><table><tr><td>nested A</td><td></td></tr></table></div></td><td>Outage</td></tr>"
            "<tr><td>&nbsp;</td><td><table><tr><th>deep</th></tr><tr><td><table><tr><td>deeper</td></tr></table></td></tr></table></td></tr>"
            "</table><p>between</p><table><tr><td>second</td></tr></table></body></html>");
        const HtmlDocument doc(html);
        QVERIFY(doc.isValid());
        const QList<HtmlDocument::Node> walked = doc.cellsWithoutTables();
        const QList<HtmlDocument::Node> selected = doc.select("//th[not(.//table)] | //td[not(.//table)]");
        QCOMPARE(walked.size(), 10);
        QCOMPARE(walked, selected);
    }

    // What HtmlDocument makes of bytes before and after libxml2: a stray control byte (from
    // decoding an already decoded part) is a space, inside a tag or in the text, early in the
    // notice or in its last few bytes; a charset the notice declares is honoured; lines() drops
    // a byte-order mark at the start of a text node only, and keeps empty cells between others.
    void htmlDocumentText()
    {
        // (libxml2 itself drops "t\x02wo"'s control byte, and after "<td\x01>" drops the rest)
        QByteArray html("<html><body><p>alpha</p><table><tr><td\x01>one</td><td></td>"
                        "<td>t\x02wo  three</td></tr></table><p>\xEF\xBB\xBF" "four</p>"
                        "<p>five\xEF\xBB\xBF" "six</p><p>e\x03nd</p></body></html>");
        const HtmlDocument doc(html);
        QVERIFY(doc.isValid());
        const QStringList expected{QStringLiteral("alpha"), QStringLiteral("one\t\tt wo three"), QStringLiteral("four"),
                                   QStringLiteral("five") + QChar(0xFEFF) + QStringLiteral("six"), QStringLiteral("e nd")};
        QCOMPARE(doc.lines(), expected);

        const HtmlDocument latin(QByteArray("<html><head><meta charset=\"windows-1252\"></head>"
                                            "<body><p>Caf\xE9 \x80 5</p></body></html>"));
        QCOMPARE(latin.lines(), QStringList{QStringLiteral("Caf") + QChar(0xE9) + QStringLiteral(" ") + QChar(0x20AC)
                                           + QStringLiteral(" 5")});
    }

    void registryKnowsEveryProvider()
    {
        const QStringList expected{
            QStringLiteral("apple"), QStringLiteral("aquacomms"), QStringLiteral("arelion"), QStringLiteral("att"),
            QStringLiteral("aws"), QStringLiteral("bso"), QStringLiteral("cogent"), QStringLiteral("colt"),
            QStringLiteral("crowncastle"), QStringLiteral("equinix"), QStringLiteral("eunetworks"),
            QStringLiteral("genericprovider"), QStringLiteral("globalcloudxchange"), QStringLiteral("google"),
            QStringLiteral("gtt"), QStringLiteral("hgc"), QStringLiteral("lumen"), QStringLiteral("megaport"),
            QStringLiteral("momentum"), QStringLiteral("netflix"), QStringLiteral("ntt"), QStringLiteral("packetfabric"),
            QStringLiteral("pccw"), QStringLiteral("seaborn"), QStringLiteral("sparkle"), QStringLiteral("tata"),
            QStringLiteral("telia"), QStringLiteral("telstra"), QStringLiteral("turkcell"), QStringLiteral("verizon"),
            QStringLiteral("windstream"), QStringLiteral("zayo")};
        QCOMPARE(ProviderRegistry::instance().ids(), expected);
        // an alias is the same provider, not a copy
        QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("telia")),
                 ProviderRegistry::instance().find(QStringLiteral("arelion")));
    }

    void providerBySender_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("provider");
        QTest::newRow("address domain") << QStringLiteral("mr@zayo.com") << QStringLiteral("zayo");
        QTest::newRow("subdomain") << QStringLiteral("no-reply-sched-maint@emea.verizonbusiness.com") << QStringLiteral("verizon");
        QTest::newRow("unknown") << QStringLiteral("someone@example.org") << QString();
        QTest::newRow("look-alike domain") << QStringLiteral("x@notzayo.com") << QString();
    }

    void providerBySender()
    {
        QFETCH(QString, sender);
        QFETCH(QString, provider);
        const ProviderSpec *p = ProviderRegistry::instance().findBySender(sender);
        QCOMPARE(p ? p->id : QString(), provider);
    }

    void zayoOneMaintenancePerActivityWindow()
    {
        const ParseOutcome out = parseNotice(QStringLiteral("zayo"),
                                             buildNotification({{QStringLiteral("html"), fixture("zayo_two_windows.html")}}));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.maintenances.size(), 2); // the backup date is not a window of its own
        const Maintenance &a = out.maintenances.at(0);
        QCOMPARE(a.maintenanceId, QStringLiteral("TTN-9000000001"));
        QCOMPARE(a.account, QStringLiteral("Fixture Networks LLC"));
        QCOMPARE(a.status, Status::Confirmed);
        QCOMPARE(a.stamp, 1711929600);
        QCOMPARE(a.start, 1712725260);
        QCOMPARE(a.end, 1712739600);
        QCOMPARE(a.summary, QStringLiteral("Fixture splice work."));
        const QList<Circuit> circuits{{QStringLiteral("/FXYX/000001/  /ZYO /"), Impact::NoImpact},
                                      {QStringLiteral("/FXYX/000002/  /ZYO /"), Impact::Outage}};
        QCOMPARE(a.circuits, circuits);
        QCOMPARE(out.maintenances.at(1).start, 1712811660);
        QCOMPARE(out.maintenances.at(1).end, 1712826000);
    }

    void zayoSubjectGivesAccountAndTicket()
    {
        QByteArray html = fixture("zayo_two_windows.html");
        html.replace("<b>Customer: </b>Fixture Networks LLC<br>", "");
        const ParseOutcome out = parseNotice(
            QStringLiteral("zayo"),
            buildNotification({{QStringLiteral("html"), html},
                               {QStringLiteral("email-header-subject"),
                                QByteArrayLiteral("[notices] START MAINTENANCE NOTIFICATION***Subject Account***ZAYO TTN-9000000001 Planned***")}}));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.maintenances.first().account, QStringLiteral("Subject Account"));
    }

    void telstraLabelledCells()
    {
        const ParseOutcome out = parseNotice(QStringLiteral("telstra"),
                                             buildNotification({{QStringLiteral("html"), fixture("telstra_amended.html")},
                                                                {QStringLiteral("email-header-date"), kDate}}));
        QVERIFY2(out.ok, qPrintable(out.error));
        const Maintenance &m = out.maintenances.first();
        QCOMPARE(m.maintenanceId, QStringLiteral("PN900001"));
        QCOMPARE(m.account, QStringLiteral("Fixture Pty Ltd"));
        QCOMPARE(m.status, Status::ReScheduled);
        QCOMPARE(m.start, 1714917600);
        QCOMPARE(m.end, 1714933800);
        QCOMPARE(m.stamp, 1711929600);
        QCOMPARE(m.summary, QStringLiteral("Fixture cable work. Second paragraph"));
        QCOMPARE(m.circuits, (QList<Circuit>{{QStringLiteral("SYD MEL EPL 1000001"), Impact::Outage}}));
    }

    void gttStruckThroughTimesAreOld()
    {
        const ParseOutcome out = parseNotice(QStringLiteral("gtt"),
                                             buildNotification({{QStringLiteral("html"), fixture("gtt_rescheduled.html")},
                                                                {QStringLiteral("email-header-date"), kDate}}));
        QVERIFY2(out.ok, qPrintable(out.error));
        const Maintenance &m = out.maintenances.first();
        QCOMPARE(m.status, Status::ReScheduled);
        QCOMPARE(m.start, 1717812000);
        QCOMPARE(m.end, 1717826400);
        QCOMPARE(m.account, QStringLiteral("PO # FIX0001"));
        QCOMPARE(m.circuits, (QList<Circuit>{{QStringLiteral("900001-111"), Impact::Outage}}));
    }

    void filtersDecideWhatIsAMaintenanceNotice_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("failures");
        // included and parsed
        QTest::newRow("included") << QByteArrayLiteral("<p>KEEP</p><p>ticket T-1</p>") << true << 1 << 0;
        // no include phrase: not a notice of this provider, nothing to report, no error
        QTest::newRow("not included") << QByteArrayLiteral("<p>newsletter</p>") << true << 0 << 0;
        // excluded even though included
        QTest::newRow("excluded") << QByteArrayLiteral("<p>KEEP</p><p>SURVEY</p>") << true << 0 << 0;
        // included but unparseable: an error naming the processor
        QTest::newRow("included, broken") << QByteArrayLiteral("<p>KEEP</p>") << false << 0 << 1;
        // the phrase between invalid UTF-8 sequences is still found; one split by one is not
        QTest::newRow("included, invalid UTF-8") << QByteArrayLiteral("<p>\xE2KEEP\xFF</p><p>ticket T-1</p>") << true << 1 << 0;
        QTest::newRow("phrase split") << QByteArrayLiteral("<p>KE\xFF" "EP</p><p>ticket T-1</p>") << true << 0 << 0;
    }

    // A filter that is a plain phrase is looked for in the part's bytes, any other through the
    // regex on the decoded text: both decide alike, whatever bytes surround the phrase.
    void literalFilterAgreesWithRegex()
    {
        const QList<QByteArray> contents{QByteArrayLiteral("a Maintenance Ticket # 1"), QByteArrayLiteral("maintenance ticket # 1"),
                                         QByteArrayLiteral("\xF0Maintenance Ticket #\xC0\xAF"), QByteArrayLiteral("Maintenance\xFF Ticket #"),
                                         QByteArrayLiteral("Maintenance Ticket"), QByteArrayLiteral("Maintenance Ticket # first"), QByteArray()};
        const auto included = [](const QString &pattern, const QByteArray &content) {
            const ProviderSpec spec{QStringLiteral("test"), QString(), {},
                                    {{PartKind::Html, QRegularExpression(pattern)}}, {}, {}};
            // included (or no part of the kind): the processors run, and there are none
            const ParseOutcome out = parseNotification(spec, Notification::fromRaw(QStringLiteral("html"), content));
            return !out.ok;
        };
        for (const QByteArray &c : contents)
            QCOMPARE(included(QStringLiteral("Maintenance Ticket #"), c), included(QStringLiteral("Maintenance Ticke[t] #"), c));
        QVERIFY(included(QStringLiteral("Maintenance Ticket #"), contents.at(2)));
        QVERIFY(!included(QStringLiteral("Maintenance Ticket #"), contents.at(3)));
    }

    void filtersDecideWhatIsAMaintenanceNotice()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QFETCH(int, failures);
        const Parser parser{QStringLiteral("HtmlParserTest"), PartKind::Html, [](const DataPart &p) {
                                static const QRegularExpression ticket(QStringLiteral(R"(ticket (\S+?)<)"));
                                const auto m = ticket.match(QString::fromUtf8(p.content));
                                if (!m.hasMatch())
                                    throw ParseFailure(QStringLiteral("no ticket"));
                                MaintenanceDraft d;
                                d.maintenanceId = m.captured(1);
                                d.account = QStringLiteral("acct");
                                d.start = 10;
                                d.end = 20;
                                d.stamp = 5;
                                d.status = Status::Confirmed;
                                d.circuits = QList<Circuit>{{QStringLiteral("c1"), Impact::Outage}};
                                return QList<MaintenanceDraft>{d};
                            }};
        const ProviderSpec spec{QStringLiteral("test"), QStringLiteral("noc@test.invalid"), {},
                                {{PartKind::Html, QRegularExpression(QStringLiteral("KEEP"))}},
                                {{PartKind::Html, QRegularExpression(QStringLiteral("SURVEY"))}},
                                {Processor{Processor::Kind::Combined, {parser}}}};
        const ParseOutcome out = parseNotification(spec, Notification::fromRaw(QStringLiteral("html"), html));
        QCOMPARE(out.ok, ok);
        QCOMPARE(out.maintenances.size(), count);
        QCOMPARE(out.failures.size(), failures);
        if (count)
            QCOMPARE(out.maintenances.first().organizer, QStringLiteral("noc@test.invalid"));
    }

    void errorNamesEveryProcessorTried()
    {
        const ParseOutcome out = parseNotice(QStringLiteral("telstra"),
                                             buildNotification({{QStringLiteral("html"), QByteArrayLiteral("<p>nothing here</p>")}}));
        QVERIFY(!out.ok);
        QCOMPARE(out.failures.size(), 2);
        QCOMPARE(out.failures.at(0).processor, QStringLiteral("SimpleProcessor(ICal)"));
        QCOMPARE(out.failures.at(1).processor, QStringLiteral("CombinedProcessor(EmailDateParser, HtmlParserTelstra1)"));
        QVERIFY(!out.failures.at(1).reason.isEmpty());
        const QJsonObject json = out.errorJson();
        QCOMPARE(json.value(QStringLiteral("provider")).toString(), QStringLiteral("telstra"));
        QCOMPARE(json.value(QStringLiteral("processors")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProviderFixtures)
#include "tst_provider_fixtures.moc"
