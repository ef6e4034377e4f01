// The overlap job on a real store fed by the mail pipeline: results stored and read back, a
// re-scheduled window and a cancellation taken into account, and `nocdesk-cli overlaps`.
#include "BcopMail.h"
#include "CliRunner.h"
#include "DomainPrinters.h"
#include "MailPipeline.h"
#include "OverlapAlarms.h"
#include "OverlapJob.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nocdesk;

namespace {

const QDateTime kBase(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

QByteArray notice(const QString &key, const QString &status, int sequence, int startHours, int endHours,
                  const QString &circuits)
{
    static int number = 0;
    BcopNotice n;
    n.maintenanceId = key;
    n.status = status;
    n.sequence = sequence;
    n.stamp = kBase.addSecs(sequence * 60);
    n.windows = {{kBase.addSecs(startHours * 3600), kBase.addSecs(endHours * 3600)}};
    n.circuits = circuits;
    n.messageId = QStringLiteral("overlap-%1@arelion.com").arg(++number);
    return bcopMail(n);
}

} // namespace

class TestOverlapJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_run;
        m_path = m_dir.filePath(QStringLiteral("overlaps-%1.sqlite").arg(m_run));
        m_store.emplace(Store::open(m_path, QStringLiteral("overlaps-%1").arg(m_run)));
        const qint64 provider = m_store->addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 fra = m_store->addSite({0, QStringLiteral("FRA1"), {}, {}});
        const qint64 ams = m_store->addSite({0, QStringLiteral("AMS1"), {}, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-1"), QStringLiteral("wave"), fra, ams, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-2"), QStringLiteral("wave"), fra, 0, {}});
    }

    void cleanup() { m_store.reset(); }

    void storedAndReadBack()
    {
        const qint64 first = ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        const qint64 second = ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=DEGRADED")));
        const QDateTime computedAt = kBase.addDays(-1);
        const OverlapJob::Result run = OverlapJob::run(*m_store, {}, computedAt);
        const QList<SiteOverlap> &found = run.overlaps;
        QCOMPARE(found.size(), 1);
        const SiteOverlap &o = found.constFirst();
        QVERIFY(o.id > 0);
        QCOMPARE(o.siteName, QStringLiteral("FRA1"));
        QCOMPARE(o.kind, OverlapKind::RedundancyLost);
        QCOMPARE(o.start, kBase.addSecs(26 * 3600));
        QCOMPARE(o.end, kBase.addSecs(28 * 3600));
        QCOMPARE(o.siteCircuitCount, 2);
        QCOMPARE(o.maintenanceIds(), (QList<qint64>{first, second}));
        QCOMPARE(o.circuits.at(0).circuitRef, QStringLiteral("IC-1"));
        QCOMPARE(o.circuits.at(1).circuitRef, QStringLiteral("IC-2"));
        QCOMPARE(o.circuits.at(1).impact, Impact::Degraded);

        QCOMPARE(m_store->siteOverlaps(), found);
        // What it read comes with it, for the views: they need not read the store again.
        QCOMPARE(run.maintenances, m_store->maintenances());
        QVERIFY(run.rescheduled.isEmpty());
        QCOMPARE(run.circuits, m_store->circuits());
        QCOMPARE(run.sites, m_store->sites());
        QCOMPARE(run.alarms.raised, QList<qint64>{m_store->alarms().constFirst().id}); // redundancy lost, not ended
        QCOMPARE(m_store->siteOverlaps({second}), found);
        QVERIFY(m_store->siteOverlaps({second + 100}).isEmpty());

        // A second run replaces the first's rows rather than adding to them.
        QCOMPARE(OverlapJob::run(*m_store, {}).overlaps.size(), 1);
        QCOMPARE(m_store->tableCounts().value(QStringLiteral("site_overlaps")), 1);
    }

    void rescheduledWindowNoLongerCounts()
    {
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        const qint64 second = ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));
        QCOMPARE(OverlapJob::run(*m_store, {}).overlaps.size(), 1);
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("RE-SCHEDULED"), 2, 40, 44, QStringLiteral("IC-2=OUTAGE")));
        QCOMPARE(m_store->maintenances({second}).constFirst().windows.size(), 2); // both kept on record
        const OverlapJob::Result run = OverlapJob::run(*m_store, {});
        QVERIFY(run.overlaps.isEmpty());
        // The run hands on where the maintenance runs now: the timeline draws that.
        const auto moved = std::find_if(run.maintenances.cbegin(), run.maintenances.cend(),
                                        [&](const Maintenance &m) { return m.id == second; });
        QVERIFY(moved != run.maintenances.cend());
        QCOMPARE(moved->windows, (QList<MaintenanceWindow>{{kBase.addSecs(40 * 3600), kBase.addSecs(44 * 3600)}}));
        // Only it: the timeline replaces the windows of these alone, and takes every other
        // maintenance's from the pane, which later notices keep current.
        QCOMPARE(run.rescheduled, QSet<qint64>{second});
        QCOMPARE(m_store->tableCounts().value(QStringLiteral("site_overlaps")), 0);
    }

    void cancellationEndsTheOverlap()
    {
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));
        QCOMPARE(OverlapJob::run(*m_store, {}).overlaps.size(), 1);
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CANCELLED"), 2, 26, 30, {}));
        QVERIFY(OverlapJob::run(*m_store, {}).overlaps.isEmpty());
    }

    // The overlaps feed alarms: one per overlap that reduces or loses redundancy and has not
    // ended, raised once, cleared when the overlap goes; a closed one stays closed.
    void overlapsRaiseAndClearAlarms()
    {
        const QDateTime before = kBase; // the windows are a day later
        const qint64 first = ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));
        QCOMPARE(OverlapJob::run(*m_store, {}, before).overlaps.size(), 1);
        QList<Alarm> alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 1);
        const Alarm raised = alarms.constFirst();
        QCOMPARE(raised.alarmType, QStringLiteral("redundancy-lost"));
        QCOMPARE(raised.severity, AlarmSeverity::Major);
        QCOMPARE(raised.objectRef, QStringLiteral("site FRA1"));
        QCOMPARE(raised.state, AlarmState::Active);
        QCOMPARE(raised.maintenanceId, first);
        QVERIFY2(raised.text.contains(QLatin1String("2026-12-02 02:00 UTC")) && raised.text.contains(QLatin1String("IC-1, IC-2")),
                 qPrintable(raised.text));

        // Again, and acknowledged: still one alarm, its state kept.
        m_store->setAlarmState({raised.id}, AlarmState::Acknowledged, QStringLiteral("op"));
        OverlapJob::run(*m_store, {}, before);
        alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.constFirst().state, AlarmState::Acknowledged);

        // Once the span has passed, the alarm clears.
        OverlapJob::run(*m_store, {}, kBase.addDays(3));
        QCOMPARE(m_store->alarms().constFirst().state, AlarmState::Cleared);
        QCOMPARE(m_store->alarmHistory(raised.id).constLast().actor, QStringLiteral("nocdesk"));

        // Before it again (a clock that was wrong): a new alarm, the cleared one stays as it was.
        OverlapJob::run(*m_store, {}, before);
        alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 2);
        QCOMPARE(alarms.at(0).state, AlarmState::Cleared);
        QCOMPARE(alarms.at(1).state, AlarmState::Active);

        // The operator closes it: the same overlap does not raise it again.
        m_store->setAlarmState({alarms.at(1).id}, AlarmState::Closed, QStringLiteral("op"));
        OverlapJob::run(*m_store, {}, before);
        QCOMPARE(m_store->alarms().size(), 2);

        // A cancellation turns lost into nothing at FRA1: no new alarm.
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CANCELLED"), 2, 26, 30, {}));
        QVERIFY(OverlapJob::run(*m_store, {}, before).overlaps.isEmpty());
        QCOMPARE(m_store->alarms().size(), 2);
    }

    // The sync reads only the overlap alarms: another kind of alarm on the same site, open or
    // closed, neither stops an overlap alarm nor is cleared by one.
    void otherAlarmsAreLeftAlone()
    {
        Alarm other;
        other.alarmType = QStringLiteral("link-down");
        other.objectRef = QStringLiteral("site FRA1");
        const qint64 open = m_store->raiseAlarm(other, QStringLiteral("syslog"));
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));
        OverlapJob::run(*m_store, {}, kBase);
        QList<Alarm> alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 2);
        QCOMPARE(alarms.at(0).state, AlarmState::Active);
        QCOMPARE(alarms.at(1).alarmType, QStringLiteral("redundancy-lost"));

        // The same text under another type, closed: the overlap alarm, cleared once, comes back.
        m_store->setAlarmState({alarms.at(1).id}, AlarmState::Cleared, QStringLiteral("op"));
        other.alarmType = QStringLiteral("maintenance");
        other.text = alarms.at(1).text;
        m_store->setAlarmState({m_store->raiseAlarm(other, QStringLiteral("op"))}, AlarmState::Closed, QStringLiteral("op"));
        OverlapJob::run(*m_store, {}, kBase);
        alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 4);
        QCOMPARE(alarms.constLast().alarmType, QStringLiteral("redundancy-lost"));
        QCOMPARE(alarms.constLast().state, AlarmState::Active);

        // Once the overlap has passed, only its alarm clears.
        OverlapJob::run(*m_store, {}, kBase.addDays(3));
        QCOMPARE(m_store->alarms({open}).constFirst().state, AlarmState::Active);
        QCOMPARE(m_store->alarms().constLast().state, AlarmState::Cleared);
    }

    void reducedRedundancyIsMinorAndCancellationClears()
    {
        // A third circuit at FRA1: two of three in maintenance is reduced, not lost.
        const qint64 provider = m_store->providers().constFirst().id;
        qint64 fra = 0;
        for (const Site &site : m_store->sites()) {
            if (site.name == QLatin1String("FRA1"))
                fra = site.id;
        }
        QVERIFY(fra > 0);
        m_store->addCircuit({0, provider, QStringLiteral("IC-3"), QStringLiteral("wave"), fra, 0, {}});
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=OUTAGE")));
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));
        OverlapJob::run(*m_store, {}, kBase);
        QList<Alarm> alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.constFirst().alarmType, QStringLiteral("redundancy-reduced"));
        QCOMPARE(alarms.constFirst().severity, AlarmSeverity::Minor);

        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CANCELLED"), 2, 26, 30, {}));
        OverlapJob::run(*m_store, {}, kBase);
        alarms = m_store->alarms();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.constFirst().state, AlarmState::Cleared);
    }

    void cliPrintsAndStores()
    {
        ingest(notice(QStringLiteral("CHG-1"), QStringLiteral("CONFIRMED"), 1, 24, 28, QStringLiteral("IC-1=NO-IMPACT")));
        ingest(notice(QStringLiteral("CHG-2"), QStringLiteral("CONFIRMED"), 1, 26, 30, QStringLiteral("IC-2=OUTAGE")));

        const CliRun json = runNocdeskCli(m_dir, {QStringLiteral("--database"), m_path, QStringLiteral("overlaps"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.at(0).toObject();
        QCOMPARE(o[QStringLiteral("site")].toString(), QStringLiteral("FRA1"));
        QCOMPARE(o[QStringLiteral("kind")].toString(), QStringLiteral("redundancy-lost"));
        QCOMPARE(o[QStringLiteral("start")].toString(), QStringLiteral("2026-12-02T02:00:00Z"));
        QCOMPARE(o[QStringLiteral("end")].toString(), QStringLiteral("2026-12-02T04:00:00Z"));
        QCOMPARE(o[QStringLiteral("site_circuits")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("impacted_circuits")].toInt(), 2);
        const QJsonArray maintenances = o[QStringLiteral("maintenances")].toArray();
        QCOMPARE(maintenances.size(), 2);
        QCOMPARE(maintenances.at(0)[QStringLiteral("maintenance_id")].toString(), QStringLiteral("CHG-1"));
        QCOMPARE(maintenances.at(0)[QStringLiteral("provider")].toString(), QStringLiteral("arelion"));
        const QJsonArray circuits = o[QStringLiteral("circuits")].toArray();
        QCOMPARE(circuits.size(), 2);
        QCOMPARE(circuits.at(0)[QStringLiteral("circuit_id")].toString(), QStringLiteral("IC-1"));
        QCOMPARE(circuits.at(0)[QStringLiteral("impact")].toString(), QStringLiteral("NO-IMPACT"));
        // What the CLI found is stored for the console.
        QCOMPARE(m_store->siteOverlaps().size(), 1);

        const CliRun text = runNocdeskCli(m_dir, {QStringLiteral("--database"), m_path, QStringLiteral("overlaps")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QString::fromUtf8("FRA1\tredundancy lost\t2026-12-02T02:00:00Z – 2026-12-02T04:00:00Z\t2 of 2 circuits\t")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("IC-1 (arelion CHG-1, NO-IMPACT)")), qPrintable(text.out));

        const CliRun excluded = runNocdeskCli(m_dir, {QStringLiteral("--database"), m_path, QStringLiteral("overlaps"),
                                                      QStringLiteral("--exclude-no-impact")});
        QCOMPARE(excluded.exitCode, 0);
        QCOMPARE(excluded.out, QStringLiteral("No maintenances overlap at any site.\n"));
        QVERIFY(m_store->siteOverlaps().isEmpty());

        const CliRun wrong = runNocdeskCli(m_dir, {QStringLiteral("--database"), m_path, QStringLiteral("overlaps"), QStringLiteral("now")});
        QCOMPARE(wrong.exitCode, 64);
    }

private:
    qint64 ingest(const QByteArray &mail)
    {
        MailPipeline pipeline(*m_store, QStringLiteral("tester"));
        const MailResult r = pipeline.ingest(mail, MailRouting{});
        if (r.maintenanceIds.size() != 1)
            qWarning("%s: %s", qPrintable(storedName(r.outcome)), qPrintable(r.error));
        return r.maintenanceIds.value(0);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    QString m_path;
    std::optional<Store> m_store;
};

QTEST_GUILESS_MAIN(TestOverlapJob)
#include "tst_overlapjob.moc"
