// The calendar export: maintenances that came in through the mail pipeline, written as .ics,
// read by python3-icalendar the way calendar clients read it, and read back by NocDesk's own
// BCOP parser into the same maintenances; `nocdesk-cli export-ics` and its filters.
#include "BcopMail.h"
#include "CliRunner.h"
#include "CurrentWindows.h"
#include "DomainPrinters.h"
#include "IcsExport.h"
#include "MailPipeline.h"
#include "NoticeParser.h"
#include "ParsedMaintenance.h"
#include "Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nocdesk;

namespace {

// Far from any clock the test runs by, so "upcoming" needs no wall-clock assertion.
const QDateTime kBase(QDate(2099, 12, 1), QTime(0, 0), Qt::UTC);
const QDateTime kPast(QDate(2001, 3, 1), QTime(0, 0), Qt::UTC);
const QString kSummary = QStringLiteral("Glasfaser-Wartung, K\u00f6ln; Phase 2");

QByteArray notice(const QString &key, const QString &status, int sequence, const QList<QPair<int, int>> &windows,
                  const QString &circuits, const QString &summary = QStringLiteral("Router upgrade"),
                  const QDateTime &base = kBase)
{
    static int number = 0;
    BcopNotice n;
    n.maintenanceId = key;
    n.status = status;
    n.sequence = sequence;
    n.stamp = base.addSecs(sequence * 60);
    for (const auto &[start, end] : windows)
        n.windows.append({base.addSecs(start * 3600), base.addSecs(end * 3600)});
    n.circuits = circuits;
    n.summary = summary;
    n.messageId = QStringLiteral("ics-%1@arelion.com").arg(++number);
    return bcopMail(n);
}

// The python3 that has python3-icalendar: Debian's first (a user's own python may lack it).
QString pythonWithIcalendar()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : std::as_const(candidates)) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

QString iso(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'+00:00'")); }

QStringList impactList(const QList<CircuitImpact> &impacts)
{
    QStringList out;
    for (const CircuitImpact &i : impacts)
        out << i.circuitRef + QLatin1Char('=') + storedName(i.impact);
    out.sort();
    return out;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ics.sqlite"));
        m_store.emplace(Store::open(m_path, QStringLiteral("ics")));
        const qint64 provider = m_store->addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 fra = m_store->addSite({0, QStringLiteral("FRA1"), {}, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-1"), QStringLiteral("wave"), fra, 0, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-2"), QStringLiteral("wave"), fra, 0, {}});

        // Two windows, one NO-IMPACT circuit, a summary that needs escaping.
        ingest(notice(QStringLiteral("CHG-7"), QStringLiteral("CONFIRMED"), 1, {{24, 28}, {48, 52}},
                      QStringLiteral("IC-1=OUTAGE,IC-2=NO-IMPACT"), kSummary));
        // A circuit the inventory does not know.
        ingest(notice(QStringLiteral("CHG-8"), QStringLiteral("TENTATIVE"), 3, {{30, 31}}, QStringLiteral("IC-9=DEGRADED")));
        // Re-scheduled: only the new window holds.
        ingest(notice(QStringLiteral("CHG-9"), QStringLiteral("CONFIRMED"), 1, {{10, 12}}, QStringLiteral("IC-1=OUTAGE")));
        ingest(notice(QStringLiteral("CHG-9"), QStringLiteral("RE-SCHEDULED"), 2, {{60, 62}}, QStringLiteral("IC-1=OUTAGE")));
        // Cancelled by a notice naming no circuit: the impacts stay on record.
        ingest(notice(QStringLiteral("CHG-10"), QStringLiteral("CONFIRMED"), 1, {{70, 71}}, QStringLiteral("IC-2=REDUCED-REDUNDANCY")));
        ingest(notice(QStringLiteral("CHG-10"), QStringLiteral("CANCELLED"), 2, {{70, 71}}, {}));
        // Long over.
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("COMPLETED"), 1, {{0, 2}}, QStringLiteral("IC-1=OUTAGE"),
                      QStringLiteral("Old work"), kPast));
        QCOMPARE(m_store->maintenances().size(), 5);
    }

    void cleanupTestCase() { m_store.reset(); }

    void readByCalendarClients()
    {
        const QString python = pythonWithIcalendar();
        if (python.isEmpty())
            QSKIP("python3-icalendar is not installed (scripts/install-deps installs it)");
        const QList<Maintenance> all = withCurrentWindows(*m_store, m_store->maintenances());
        const QString file = m_dir.filePath(QStringLiteral("all.ics"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(IcsExport::fromStore(*m_store, m_store->maintenances(), kBase));
        }
        QProcess reader;
        reader.start(python, {QStringLiteral(NOCDESK_SOURCE_DIR "/tests/calendar/read_ics.py"), file});
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const QJsonObject calendar = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
        QCOMPARE(calendar[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
        QVERIFY(calendar[QStringLiteral("errors")].toArray().isEmpty());

        QMap<QString, QJsonObject> byUid;
        for (const QJsonValue &v : calendar[QStringLiteral("events")].toArray())
            byUid.insert(v[QStringLiteral("uid")].toString(), v.toObject());
        QCOMPARE(byUid.size(), 6); // 2 + 1 + 1 (current window only) + 1 + 1, every UID distinct

        for (const Maintenance &m : all) {
            for (const MaintenanceWindow &w : m.windows) {
                const QString uid = IcsExport::uid(m, w);
                QVERIFY2(byUid.contains(uid), qPrintable(m.maintenanceKey));
                const QJsonObject e = byUid.value(uid);
                QVERIFY(e[QStringLiteral("errors")].toArray().isEmpty());
                QCOMPARE(e[QStringLiteral("dtstart")].toString(), iso(w.start));
                QCOMPARE(e[QStringLiteral("dtend")].toString(), iso(w.end));
                QCOMPARE(e[QStringLiteral("dtstamp")].toString(), iso(m.stamp));
                QCOMPARE(e[QStringLiteral("sequence")].toInt(), m.sequence);
                QCOMPARE(e[QStringLiteral("summary")].toString(), m.summary);
                QCOMPARE(e[QStringLiteral("status")].toString(), IcsExport::calendarStatus(m.status));
                QCOMPARE(e[QStringLiteral("organizer")].toString(), QStringLiteral("mailto:maintenance@arelion.com"));
                QCOMPARE(e[QStringLiteral("provider")].toArray(), QJsonArray{QStringLiteral("arelion")});
                QCOMPARE(e[QStringLiteral("account")].toArray(), QJsonArray{QStringLiteral("12345")});
                QCOMPARE(e[QStringLiteral("maintenance_id")].toArray(), QJsonArray{m.maintenanceKey});
                QCOMPARE(e[QStringLiteral("maintenance_status")].toArray(), QJsonArray{storedName(m.status)});
                QCOMPARE(e[QStringLiteral("impact")].toArray(), QJsonArray{storedName(m.worstImpact())});
                QJsonArray objects;
                for (const CircuitImpact &i : m.impacts)
                    objects.append(QJsonArray{i.circuitRef, storedName(i.impact)});
                QCOMPARE(e[QStringLiteral("objects")].toArray(), objects);
            }
        }
        // The status mapping as calendar clients see it.
        QCOMPARE(IcsExport::calendarStatus(MaintenanceStatus::Tentative), QStringLiteral("TENTATIVE"));
        QCOMPARE(IcsExport::calendarStatus(MaintenanceStatus::Cancelled), QStringLiteral("CANCELLED"));
        QCOMPARE(IcsExport::calendarStatus(MaintenanceStatus::InProcess), QStringLiteral("CONFIRMED"));
        QCOMPARE(IcsExport::calendarStatus(MaintenanceStatus::Rescheduled), QStringLiteral("CONFIRMED"));
        QCOMPARE(IcsExport::calendarStatus(MaintenanceStatus::NoChange), QString());
    }

    void roundTripsThroughTheBcopParser()
    {
        const QList<Maintenance> original = withCurrentWindows(*m_store, m_store->maintenances());
        const QByteArray ics = IcsExport::fromStore(*m_store, m_store->maintenances(), kBase);
        const parsing::ParseOutcome parsed = parsing::parseNotice(
            QStringLiteral("genericprovider"), parsing::buildNotification({{QStringLiteral("ical"), ics}}));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));

        QMap<QString, QList<parsing::Maintenance>> groups;
        for (const parsing::Maintenance &p : parsed.maintenances) {
            QCOMPARE(p.account, QStringLiteral("12345"));
            groups[p.maintenanceId].append(p);
        }
        QCOMPARE(groups.size(), original.size());
        for (const Maintenance &m : original) {
            QVERIFY2(groups.contains(m.maintenanceKey), qPrintable(m.maintenanceKey));
            const QList<parsing::Maintenance> &group = groups[m.maintenanceKey];
            const Maintenance back = toStoredMaintenance(group.constFirst(), group.constFirst().provider);
            QCOMPARE(back.providerName, m.providerName);
            QCOMPARE(back.status, m.status);
            QCOMPARE(back.summary, m.summary);
            QCOMPARE(back.organizer, m.organizer);
            QCOMPARE(back.sequence, m.sequence);
            QCOMPARE(back.stamp, m.stamp);
            QCOMPARE(impactList(back.impacts), impactList(m.impacts));
            QList<MaintenanceWindow> windows;
            for (const parsing::Maintenance &p : group)
                windows.append(toStoredMaintenance(p, p.provider).windows);
            QCOMPARE(windows, m.windows);
        }
    }

    void stableUids()
    {
        const QList<Maintenance> all = m_store->maintenances();
        // DTSTAMP is the maintenance's own stamp, so an export made later is the same file.
        QCOMPARE(IcsExport::fromStore(*m_store, all, kBase), IcsExport::fromStore(*m_store, all, kBase.addDays(3)));
        Maintenance m = all.constFirst();
        const MaintenanceWindow w = m.windows.constFirst();
        const QString uid = IcsExport::uid(m, w);
        m.id += 1000;         // another console's row id
        m.summary.clear();
        m.status = MaintenanceStatus::Cancelled;
        QCOMPARE(IcsExport::uid(m, w), uid);
        QVERIFY(IcsExport::uid(m, {w.start, w.end.addSecs(60)}) != uid);
        m.maintenanceKey += QLatin1Char('X');
        QVERIFY(IcsExport::uid(m, w) != uid);
    }

    void cli()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.ics"));
        const auto run = [&](QStringList args) {
            return runNocdeskCli(m_dir, QStringList{QStringLiteral("--database"), m_path, QStringLiteral("export-ics")} + args);
        };
        const auto uidsIn = [](const QByteArray &ics) {
            int count = 0;
            for (const QByteArray &line : ics.split('\n'))
                count += line.startsWith("UID:") ? 1 : 0;
            return count;
        };

        CliRun r = run({QStringLiteral("--output"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QStringLiteral("Exported 6 event(s) from 5 maintenance(s).\n"));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray ics = written.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(uidsIn(ics), 6);

        r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("BEGIN:VCALENDAR")));
        QCOMPARE(uidsIn(r.out.toUtf8()), 6);
        QVERIFY(r.out.contains(QString::fromUtf8("K\xc3\xb6ln")));

        r = run({QStringLiteral("--status"), QStringLiteral("confirmed,TENTATIVE")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(uidsIn(r.out.toUtf8()), 3);

        r = run({QStringLiteral("--upcoming")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(uidsIn(r.out.toUtf8()), 5); // not the one from 2001
        QVERIFY(!r.out.contains(QLatin1String("CHG-1\r\n")));

        const qint64 id = m_store->maintenances().constFirst().id;
        r = run({QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(uidsIn(r.out.toUtf8()), 1);

        r = run({QStringLiteral("--provider"), QStringLiteral("zayo")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(uidsIn(r.out.toUtf8()), 0);
        QVERIFY(r.err.contains(QLatin1String("No maintenance matched")));

        QCOMPARE(run({QStringLiteral("--status"), QStringLiteral("DONE")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("--id"), QStringLiteral("abc")}).exitCode, 64);
        QCOMPARE(run({QStringLiteral("--id"), QStringLiteral("99999")}).exitCode, 1);
    }

private:
    void ingest(const QByteArray &mail)
    {
        MailPipeline pipeline(*m_store, QStringLiteral("tester"));
        const MailResult r = pipeline.ingest(mail, MailRouting{});
        QVERIFY2(r.outcome == NotificationOutcome::Parsed || r.outcome == NotificationOutcome::UnknownCircuits,
                 qPrintable(storedName(r.outcome) + QLatin1Char(' ') + r.error));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Store> m_store;
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
