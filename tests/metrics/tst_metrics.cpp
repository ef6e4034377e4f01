// The Prometheus endpoint: the exposition's pieces as tables of cases, then the real thing over
// HTTP (QNetworkAccessManager against the listening server) checked strictly by promtool, and
// `nocdesk-cli metrics` both --once and serving.
#include "BcopMail.h"
#include "CliRunner.h"
#include "CircuitLabels.h"
#include "Exposition.h"
#include "MailPipeline.h"
#include "MetricsCollector.h"
#include "MetricsServer.h"
#include "MetricsService.h"
#include "Store.h"

#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nocdesk;
using namespace nocdesk::metrics;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

// Empty and a skip reason when promtool is absent.
QString promtool() { return QStandardPaths::findExecutable(QStringLiteral("promtool")); }

// promtool's verdict on an exposition: its exit code and everything it printed. Strict: any
// lint finding is printed, so a clean exposition prints nothing.
QPair<int, QString> promtoolCheck(const QByteArray &exposition)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(promtool(), {QStringLiteral("check"), QStringLiteral("metrics")});
    p.write(exposition);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, QStringLiteral("promtool did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, int *status, QByteArray *contentType = nullptr)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

Maintenance running(const QString &key, MaintenanceStatus status, const QDateTime &start, const QDateTime &end,
                    const QList<CircuitImpact> &impacts)
{
    Maintenance m;
    m.providerName = QStringLiteral("arelion");
    m.maintenanceKey = key;
    m.status = status;
    m.start = start;
    m.end = end;
    m.windows = {{start, end}};
    m.impacts = impacts;
    return m;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void labelValueEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("IC-1") << QStringLiteral("IC-1");
        QTest::newRow("quote") << QStringLiteral("DC \"Nord\"") << QStringLiteral("DC \\\"Nord\\\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("all three") << QStringLiteral("\\\"\n") << QStringLiteral("\\\\\\\"\\n");
        QTest::newRow("UTF-8 and braces kept") << QStringLiteral("K\u00f6ln {1}, =") << QStringLiteral("K\u00f6ln {1}, =");
    }

    void labelValueEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(escapeLabelValue(value), escaped);
    }

    void rendering()
    {
        const QByteArray text = render({{QStringLiteral("x_total"), QStringLiteral("Help with \\ and\nnewline"),
                                         QStringLiteral("counter"),
                                         {{{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("\"")}}, 3},
                                          {{}, 0.25}}}});
        QCOMPARE(text, QByteArray("# HELP x_total Help with \\\\ and\\nnewline\n# TYPE x_total counter\n"
                                  "x_total{a=\"1\",b=\"\\\"\"} 3\nx_total 0.25\n"));
    }

    void labelSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("parsed"); // "label=attribute,..." or "error"
        QTest::newRow("default") << CircuitLabels::defaultSpec() << CircuitLabels::defaultSpec();
        QTest::newRow("spaces and case") << QStringLiteral(" cid = CID , where=site_z ") << QStringLiteral("cid=cid,where=site_z");
        QTest::newRow("every attribute")
            << QStringLiteral("a=cid,b=provider,c=provider_name,d=type,e=description,f=site,g=site_a,h=site_z,i=id")
            << QStringLiteral("a=cid,b=provider,c=provider_name,d=type,e=description,f=site,g=site_a,h=site_z,i=id");
        QTest::newRow("unknown attribute") << QStringLiteral("circuit=color") << QStringLiteral("error");
        QTest::newRow("no attribute") << QStringLiteral("circuit") << QStringLiteral("error");
        QTest::newRow("bad label name") << QStringLiteral("circuit-id=cid") << QStringLiteral("error");
        QTest::newRow("reserved label name") << QStringLiteral("__name__=cid") << QStringLiteral("error");
        QTest::newRow("label twice") << QStringLiteral("a=cid,a=type") << QStringLiteral("error");
        QTest::newRow("empty") << QStringLiteral(" , ") << QStringLiteral("error");
    }

    void labelSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, parsed);
        QString error;
        const auto labels = CircuitLabels::parse(spec, &error);
        if (parsed == QLatin1String("error")) {
            QVERIFY(!labels);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(labels, qPrintable(error));
        QStringList pairs;
        for (const auto &[name, attribute] : labels->labels())
            pairs << name + QLatin1Char('=') + attribute;
        QCOMPARE(pairs.join(QLatin1Char(',')), parsed);
    }

    void circuitStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("impact");
        QTest::addColumn<int>("startMinutes"); // relative to now
        QTest::addColumn<int>("endMinutes");
        QTest::addColumn<bool>("under");
        const auto row = [](const char *name, const char *status, const char *impact, int start, int end, bool under) {
            QTest::newRow(name) << QString::fromLatin1(status) << QString::fromLatin1(impact) << start << end << under;
        };
        row("confirmed outage running", "CONFIRMED", "OUTAGE", -60, 60, true);
        row("in-process degraded", "IN-PROCESS", "DEGRADED", -60, 60, true);
        row("re-scheduled reduced redundancy", "RE-SCHEDULED", "REDUCED-REDUNDANCY", -60, 60, true);
        row("no impact", "CONFIRMED", "NO-IMPACT", -60, 60, false);
        row("tentative", "TENTATIVE", "OUTAGE", -60, 60, false);
        row("cancelled", "CANCELLED", "OUTAGE", -60, 60, false);
        row("completed", "COMPLETED", "OUTAGE", -60, 60, false);
        row("no-change", "NO-CHANGE", "OUTAGE", -60, 60, false);
        row("starts now", "CONFIRMED", "OUTAGE", 0, 60, true);
        row("ends now", "CONFIRMED", "OUTAGE", -60, 0, true);
        row("not yet", "CONFIRMED", "OUTAGE", 1, 60, false);
        row("over", "CONFIRMED", "OUTAGE", -60, -1, false);
    }

    void circuitStatus()
    {
        QFETCH(QString, status);
        QFETCH(QString, impact);
        QFETCH(int, startMinutes);
        QFETCH(int, endMinutes);
        QFETCH(bool, under);
        Store store = emptyStore();
        const qint64 ic1 = addArelionCircuit(store, QStringLiteral("IC-1"));
        store.createMaintenance(running(QStringLiteral("CHG-1"), maintenanceStatusFromString(status),
                                        kNow.addSecs(startMinutes * 60), kNow.addSecs(endMinutes * 60),
                                        {{QStringLiteral("IC-1"), 0, {}, impactFromString(impact)},
                                         {QStringLiteral("IC-X"), 0, {}, Impact::Outage}}), // unknown: never counted
                                QStringLiteral("tester"));
        QCOMPARE(circuitsUnderMaintenance(store, kNow), under ? QSet<qint64>{ic1} : QSet<qint64>{});
    }

    void secondWindowCounts()
    {
        Store store = emptyStore();
        const qint64 ic1 = addArelionCircuit(store, QStringLiteral("IC-1"));
        Maintenance m = running(QStringLiteral("CHG-1"), MaintenanceStatus::Confirmed, kNow.addDays(-2), kNow.addDays(-1),
                                {{QStringLiteral("IC-1"), 0, {}, Impact::Outage}});
        m.windows.append({kNow.addSecs(-60), kNow.addSecs(60)});
        store.createMaintenance(m, QStringLiteral("tester"));
        QCOMPARE(circuitsUnderMaintenance(store, kNow), QSet<qint64>{ic1});
        // Windows are whole seconds, now need not be: a window that ended a moment ago is over.
        QCOMPARE(circuitsUnderMaintenance(store, kNow.addMSecs(60 * 1000 + 1)), QSet<qint64>{});
        QCOMPARE(circuitsUnderMaintenance(store, kNow.addMSecs(-60 * 1000 - 1)), QSet<qint64>{});
    }

    // A window a RE-SCHEDULED notice replaced holds no longer; the one that replaced it does.
    void rescheduledWindowNoLongerCounts()
    {
        Store store = emptyStore();
        const qint64 ic1 = addArelionCircuit(store, QStringLiteral("IC-1"));
        const auto notice = [](const char *status, int sequence, const QDateTime &start, const QDateTime &end) {
            BcopNotice n;
            n.maintenanceId = QStringLiteral("CHG-1");
            n.status = QString::fromLatin1(status);
            n.sequence = sequence;
            n.stamp = kNow.addDays(-10).addSecs(sequence * 60);
            n.windows = {{start, end}};
            n.circuits = QStringLiteral("IC-1=OUTAGE");
            n.messageId = QStringLiteral("metrics-%1@arelion.com").arg(sequence);
            return bcopMail(n);
        };
        MailPipeline pipeline(store, QStringLiteral("tester"));
        QCOMPARE(pipeline.ingest(notice("CONFIRMED", 1, kNow.addSecs(-3600), kNow.addSecs(3600)), MailRouting{})
                     .maintenanceIds.size(), 1);
        QCOMPARE(circuitsUnderMaintenance(store, kNow), QSet<qint64>{ic1});
        QCOMPARE(pipeline.ingest(notice("RE-SCHEDULED", 2, kNow.addDays(1), kNow.addDays(2)), MailRouting{})
                     .maintenanceIds.size(), 1);
        QCOMPARE(store.maintenances().constFirst().windows.size(), 2); // both kept on record
        QCOMPARE(circuitsUnderMaintenance(store, kNow), QSet<qint64>{});
        QCOMPARE(circuitsUnderMaintenance(store, kNow.addDays(1).addSecs(60)), QSet<qint64>{ic1});
    }

    // The counts the exposition gives by status and by overlap kind, from the database.
    void countsByStatusAndKind()
    {
        Store store = emptyStore();
        addArelionCircuit(store, QStringLiteral("IC-1"));
        const QList<QPair<QString, MaintenanceStatus>> made{{QStringLiteral("CHG-1"), MaintenanceStatus::Confirmed},
                                                            {QStringLiteral("CHG-2"), MaintenanceStatus::Confirmed},
                                                            {QStringLiteral("CHG-3"), MaintenanceStatus::Cancelled}};
        for (const auto &[key, status] : made)
            store.createMaintenance(running(key, status, kNow, kNow.addSecs(60), {}), QStringLiteral("tester"));
        const QMap<MaintenanceStatus, qint64> statuses = store.maintenanceCountsByStatus();
        QCOMPARE(statuses, (QMap<MaintenanceStatus, qint64>{{MaintenanceStatus::Confirmed, 2}, {MaintenanceStatus::Cancelled, 1}}));
        QVERIFY(store.siteOverlapCountsByKind().isEmpty());
        const qint64 site = store.sites().constFirst().id;
        const qint64 circuit = store.circuits().constFirst().id;
        const qint64 maintenance = store.maintenances().constFirst().id;
        const auto overlap = [&](OverlapKind kind) {
            SiteOverlap o;
            o.siteId = site;
            o.kind = kind;
            o.start = kNow;
            o.end = kNow;
            o.siteCircuitCount = 1;
            o.circuits = {{maintenance, circuit, QStringLiteral("IC-1"), Impact::Outage}};
            return o;
        };
        store.replaceSiteOverlaps({overlap(OverlapKind::Overlap), overlap(OverlapKind::RedundancyLost),
                                   overlap(OverlapKind::RedundancyLost)}, kNow);
        QCOMPARE(store.siteOverlapCountsByKind(),
                 (QMap<OverlapKind, qint64>{{OverlapKind::Overlap, 1}, {OverlapKind::RedundancyLost, 2}}));
    }

    // Labels that cannot tell two circuits apart give one series, not a duplicate.
    void circuitsSharingLabelsShareASample()
    {
        QString error;
        const auto bySite = CircuitLabels::parse(QStringLiteral("site=site_a"), &error);
        QVERIFY(bySite);
        const Family f = circuitStatusFamily({{1, 1, QStringLiteral("IC-1"), {}, 5, 0, {}}, {2, 1, QStringLiteral("IC-2"), {}, 5, 0, {}},
                                              {3, 1, QStringLiteral("IC-3"), {}, 6, 0, {}}},
                                             {{1, QStringLiteral("arelion"), {}, {}, {}, {}}},
                                             {{5, QStringLiteral("FRA1"), {}, {}}, {6, QStringLiteral("AMS1"), {}, {}}}, {2}, *bySite);
        QCOMPARE(f.samples.size(), 2);
        QCOMPARE(f.samples.at(0).labels, (Labels{{QStringLiteral("site"), QStringLiteral("FRA1")}}));
        QCOMPARE(f.samples.at(0).value, 2.0);
        QCOMPARE(f.samples.at(1).value, 1.0);
    }

    void recentEventCount()
    {
        Store store = Store::open(m_dir.filePath(QStringLiteral("events.sqlite")), QStringLiteral("events"));
        QCOMPARE(store.eventsReceivedSince(kNow).rows, 0);
        QList<Event> events;
        for (int i = 0; i < 5; ++i) {
            Event e;
            e.receivedAt = kNow.addSecs(-600 + i);
            e.raw = "old";
            events << e;
        }
        for (int count : {1, 3}) {
            Event e;
            e.receivedAt = kNow.addSecs(-30);
            e.count = count;
            e.raw = "recent";
            events << e;
        }
        const QList<qint64> ids = store.addEvents(events);
        // Repeats counted after storing (event_repeats): an old row's are not recent, a recent
        // row's are.
        store.addEvents({}, {{ids.at(0), 9}, {ids.at(6), 2}});
        const Store::EventCount recent = store.eventsReceivedSince(kNow.addSecs(-60));
        QCOMPARE(recent.rows, 2);
        QCOMPARE(recent.lines, 6);
        QCOMPARE(store.eventsReceivedSince(kNow.addSecs(-3600)).rows, 7);
        QCOMPARE(store.eventsReceivedSince(kNow.addSecs(-30)).rows, 2);
        QCOMPARE(store.eventsReceivedSince(kNow.addSecs(-29)).rows, 0);

        // The gauge is the lines of the last minute over 60 s: the two recent events count 1 + 3
        // lines, and 2 repeats; the old ones none.
        QString error;
        const auto labels = CircuitLabels::parse(CircuitLabels::defaultSpec(), &error);
        QVERIFY(labels);
        double rate = -1;
        for (const Family &f : collect(store, *labels, kNow)) {
            if (f.name == QLatin1String("nocdesk_events_per_second") && f.samples.size() == 1)
                rate = f.samples.constFirst().value;
        }
        QCOMPARE(rate, 6.0 / 60.0);
    }

    void servesOverHttpAndPromtoolAcceptsIt()
    {
        const QString path = fillStore();
        QString error;
        const auto labels = CircuitLabels::parse(CircuitLabels::defaultSpec(), &error);
        QVERIFY(labels);
        MetricsServer server(storeExposition(path, *labels));
        QCOMPARE(server.listen(QHostAddress::LocalHost, 0), QString());
        QVERIFY(server.port() > 0);

        QNetworkAccessManager nam;
        int status = 0;
        QByteArray contentType;
        const QByteArray body = get(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port())), &status, &contentType);
        QCOMPARE(status, 200);
        QCOMPARE(contentType, QByteArray(kContentType));
        checkExposition(body);

        get(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/other").arg(server.port())), &status);
        QCOMPARE(status, 404);

        // A second server cannot take the same port: the error says so.
        MetricsServer second(storeExposition(path, *labels));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
        QVERIFY(!second.listen(QHostAddress::LocalHost, server.port()).isEmpty());
    }

    // What the console runs when metrics/enabled is set: the server on a thread of its own,
    // answering while this (GUI) thread is busy, and gone once stopped.
    void consoleServiceServesFromItsOwnThread()
    {
        const QString path = fillStore();
        MetricsSettings settings;
        settings.enabled = true;
        settings.port = 0;
        settings.labels = QStringLiteral("circuit=cid");
        MetricsService service;
        QCOMPARE(service.start(settings, path), QString());
        QVERIFY(service.isRunning());
        QVERIFY(service.port() > 0);
        QCOMPARE(service.url(), QStringLiteral("http://127.0.0.1:%1/metrics").arg(service.port()));

        // A raw socket and a blocking wait on this thread: only a server on another thread can
        // answer it.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray response;
        while (socket.waitForReadyRead(10000))
            response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(200).constData());
        QVERIFY(response.contains("circuit_maintenance_status{circuit=\""));
        QVERIFY(!response.contains("provider=\"")); // the configured labels, not the default ones

        const quint16 port = service.port();
        service.stop();
        QVERIFY(!service.isRunning());
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!after.waitForConnected(2000));

        // Bad labels and a taken port are refused with a reason, and nothing keeps running.
        settings.labels = QStringLiteral("circuit=nonsense");
        QVERIFY(!service.start(settings, path).isEmpty());
        QVERIFY(!service.isRunning());
        QString error;
        const auto labels = CircuitLabels::parse(CircuitLabels::defaultSpec(), &error);
        QVERIFY(labels);
        MetricsServer holder(storeExposition(path, *labels));
        QCOMPARE(holder.listen(QHostAddress::LocalHost, 0), QString());
        settings.labels = CircuitLabels::defaultSpec();
        settings.port = holder.port();
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
        QVERIFY(!service.start(settings, path).isEmpty());
        QVERIFY(!service.isRunning());
    }

    void cliOnceAndServing()
    {
        const QString path = fillStore();
        const CliRun once = runNocdeskCli(m_dir, {QStringLiteral("--database"), path, QStringLiteral("metrics"), QStringLiteral("--once")});
        QCOMPARE(once.exitCode, 0);
        checkExposition(once.out.toUtf8());

        const CliRun custom = runNocdeskCli(m_dir, {QStringLiteral("--database"), path, QStringLiteral("metrics"), QStringLiteral("--once"),
                                                    QStringLiteral("--labels"), QStringLiteral("cid=cid,a=site_a,z=site_z,type=type")});
        QCOMPARE(custom.exitCode, 0);
        checkWithPromtool(custom.out.toUtf8()); // labels as an operator may configure them, escaping included
        QVERIFY2(custom.out.contains(QLatin1String("circuit_maintenance_status{cid=\"IC-1\",a=\"FRA1\",z=\"DC\\\\1 \\\"Nord\\\"\",type=\"wave\"} 2\n")),
                 qPrintable(custom.out));
        QCOMPARE(runNocdeskCli(m_dir, {QStringLiteral("--database"), path, QStringLiteral("metrics"), QStringLiteral("--once"),
                                       QStringLiteral("--labels"), QStringLiteral("x=colour")}).exitCode, 64);
        QCOMPARE(runNocdeskCli(m_dir, {QStringLiteral("--database"), path, QStringLiteral("metrics"),
                                       QStringLiteral("--listen"), QStringLiteral("localhost")}).exitCode, 64);

        // Serving until stopped: the real process, a real request, then SIGTERM.
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(NOCDESK_BINARY_DIR "/app/nocdesk-cli"),
                    {QStringLiteral("--database"), path, QStringLiteral("metrics"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted());
        static const QRegularExpression serving(QStringLiteral("Serving http://127\\.0\\.0\\.1:(\\d+)/metrics"));
        QRegularExpressionMatch match;
        QByteArray stderrText;
        (void)QTest::qWaitFor([&] {
            stderrText += serve.readAllStandardError();
            match = serving.match(QString::fromUtf8(stderrText));
            return match.hasMatch() || serve.state() == QProcess::NotRunning;
        }, 60000);
        QVERIFY2(match.hasMatch(), stderrText.constData());
        QNetworkAccessManager nam;
        int status = 0;
        const QByteArray body = get(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(match.captured(1))), &status);
        QCOMPARE(status, 200);
        checkExposition(body);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    // Every exposition the tests served, by the endpoint and by the CLI, is also checked as
    // Prometheus itself would parse it (checkWithPromtool): strict, promtool prints any lint
    // finding, so clean means silent. Without promtool those checks are left out; this says so.
    void promtoolIsThere()
    {
        if (promtool().isEmpty())
            QSKIP("promtool is not installed (scripts/install-deps installs the prometheus package): "
                  "the expositions were not checked by it");
    }

private:
    // A store with something in every family; the same content for every caller.
    Store emptyStore()
    {
        ++m_run;
        return Store::open(m_dir.filePath(QStringLiteral("metrics-%1.sqlite").arg(m_run)), QStringLiteral("metrics-%1").arg(m_run));
    }

    // Provider arelion and its circuit, at site FRA1; returns the circuit's row id.
    static qint64 addArelionCircuit(Store &store, const QString &cid)
    {
        const qint64 provider = store.addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 fra = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        return store.addCircuit({0, provider, cid, QStringLiteral("wave"), fra, 0, {}});
    }

    QString fillStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("metrics-%1.sqlite").arg(++m_run));
        Store store = Store::open(path, QStringLiteral("metrics-%1").arg(m_run));
        const qint64 provider = store.addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 fra = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        const qint64 odd = store.addSite({0, QStringLiteral("DC\\1 \"Nord\""), {}, {}});
        store.addCircuit({0, provider, QStringLiteral("IC-1"), QStringLiteral("wave"), fra, odd, {}});
        store.addCircuit({0, provider, QStringLiteral("IC-2"), QStringLiteral("wave"), fra, 0, {}});
        store.addCircuit({0, provider, QStringLiteral("IC-3"), QStringLiteral("transit"), odd, 0, {}});
        // Running now, by a day on either side: the endpoint asks the real clock.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        store.createMaintenance(running(QStringLiteral("CHG-1"), MaintenanceStatus::Confirmed, now.addDays(-1), now.addDays(1),
                                        {{QStringLiteral("IC-1"), 0, {}, Impact::Outage}, {QStringLiteral("IC-2"), 0, {}, Impact::NoImpact}}),
                                QStringLiteral("tester"));
        store.createMaintenance(running(QStringLiteral("CHG-2"), MaintenanceStatus::Tentative, now.addDays(-1), now.addDays(1),
                                        {{QStringLiteral("IC-3"), 0, {}, Impact::Outage}}),
                                QStringLiteral("tester"));
        store.addNotificationSource(QStringLiteral("noc-imap"), QStringLiteral("imap"), "{}");
        store.addNotificationSource(QStringLiteral("gmail"), QStringLiteral("gmail"), "{}");
        store.setSourceFetchResult(QStringLiteral("noc-imap"), now, QStringLiteral("Connection refused"));
        store.setSourceFetchResult(QStringLiteral("gmail"), now, {});
        const qint64 mail = store.addIncomingMail({{}, now, QStringLiteral("m1@x"), QStringLiteral("a@b"), QStringLiteral("s"), "raw", {}});
        store.setNotificationOutcome(mail, NotificationOutcome::UnknownProvider, {}, QStringLiteral("who?"));
        return path;
    }

    void checkExposition(const QByteArray &body)
    {
        const QString text = QString::fromUtf8(body);
        QVERIFY2(text.contains(QLatin1String("# TYPE circuit_maintenance_status gauge\n")), body.constData());
        QVERIFY2(text.contains(QLatin1String(
                     "circuit_maintenance_status{circuit=\"IC-1\",provider=\"arelion\",circuit_type=\"wave\",site=\"FRA1\"} 2\n")),
                 body.constData());
        QVERIFY(text.contains(QLatin1String(
            "circuit_maintenance_status{circuit=\"IC-2\",provider=\"arelion\",circuit_type=\"wave\",site=\"FRA1\"} 1\n")));
        QVERIFY(text.contains(QLatin1String(
            "circuit_maintenance_status{circuit=\"IC-3\",provider=\"arelion\",circuit_type=\"transit\",site=\"DC\\\\1 \\\"Nord\\\"\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("nocdesk_notifications{outcome=\"unknown-provider\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("nocdesk_notifications{outcome=\"parsed\"} 0\n")));
        QVERIFY(text.contains(QLatin1String("nocdesk_source_fetch_error{source=\"noc-imap\",kind=\"imap\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("nocdesk_source_fetch_error{source=\"gmail\",kind=\"gmail\"} 0\n")));
        QVERIFY(text.contains(QLatin1String("nocdesk_maintenances{status=\"CONFIRMED\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("# TYPE nocdesk_events_per_second gauge\nnocdesk_events_per_second 0\n")));
        checkWithPromtool(body);
    }

    void checkWithPromtool(const QByteArray &body)
    {
        if (promtool().isEmpty())
            return;
        const auto [code, output] = promtoolCheck(body);
        QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output + QLatin1Char('\n') + QString::fromUtf8(body)));
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
