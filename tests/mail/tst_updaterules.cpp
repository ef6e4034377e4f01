// The maintenance update rules, as a table: each row is a sequence of provider notices (real
// RFC 822 mails carrying BCOP iCalendar) fed through the mail pipeline, with the maintenance
// expected after each one.
#include "BcopMail.h"
#include "DomainPrinters.h"
#include "MailPipeline.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk;

namespace {

const QDateTime kBase(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

struct Notice
{
    QString status;                  // X-MAINTNOTE-STATUS; empty: left out
    int sequence = 1;                // -1: no SEQUENCE property
    int stampHours = 0;              // DTSTAMP, hours after kBase
    QList<QPair<int, int>> windows;  // (start hour, duration hours), one VEVENT each
    QString circuits;                // "IC-1=OUTAGE,IC-2=DEGRADED"; empty: no object
    QString summary = QStringLiteral("Router upgrade");
    bool acknowledgeBefore = false;  // the operator acknowledges before this notice arrives
};

struct Expected
{
    QString outcome;
    QString status;
    int startHours = 0;
    int endHours = 0;
    QString impacts;                 // as in Notice::circuits, sorted by circuit id
    bool acknowledged = false;
    int windows = 1;
    bool ackReset = false;           // this notice reset the acknowledgement
};

struct Step
{
    Notice notice;
    Expected expected;
};

QByteArray mail(const Notice &n, int number)
{
    BcopNotice b;
    b.status = n.status;
    b.sequence = n.sequence;
    b.stamp = kBase.addSecs(qint64(n.stampHours) * 3600);
    for (const auto &[startHours, duration] : n.windows) {
        const QDateTime start = kBase.addSecs(qint64(startHours) * 3600);
        b.windows.append({start, start.addSecs(qint64(duration) * 3600)});
    }
    b.circuits = n.circuits;
    b.summary = n.summary;
    b.messageId = QStringLiteral("notice-%1@arelion.com").arg(number);
    return bcopMail(b);
}

QString impactsOf(const Maintenance &m)
{
    QStringList parts;
    for (const CircuitImpact &i : m.impacts)
        parts << i.circuitRef + QLatin1Char('=') + storedName(i.impact);
    parts.sort();
    return parts.join(QLatin1Char(','));
}

Notice notice(const QString &status, int sequence, int stamp, QList<QPair<int, int>> windows, const QString &circuits)
{
    Notice n;
    n.status = status;
    n.sequence = sequence;
    n.stampHours = stamp;
    n.windows = std::move(windows);
    n.circuits = circuits;
    return n;
}

Notice acknowledged(Notice n)
{
    n.acknowledgeBefore = true;
    return n;
}

Notice summarised(Notice n, const QString &summary)
{
    n.summary = summary;
    return n;
}

Expected expect(const QString &outcome, const QString &status, int start, int end, const QString &impacts,
                bool ack = false, int windows = 1, bool ackReset = false)
{
    return {outcome, status, start, end, impacts, ack, windows, ackReset};
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestUpdateRules : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_run;
        m_store.emplace(Store::open(m_dir.filePath(QStringLiteral("rules-%1.sqlite").arg(m_run)),
                                    QStringLiteral("rules-%1").arg(m_run)));
        const qint64 provider = m_store->addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 site = m_store->addSite({0, QStringLiteral("FRA1"), {}, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-1"), {}, site, 0, {}});
        m_store->addCircuit({0, provider, QStringLiteral("IC-2"), {}, site, 0, {}});
    }

    void cleanup() { m_store.reset(); }

    void sequences_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        const QString c1 = QStringLiteral("IC-1=OUTAGE");
        const QString parsed = QStringLiteral("parsed");
        const QString late = QStringLiteral("out-of-sequence");

        QTest::newRow("a newer SEQUENCE updates")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {notice(QStringLiteral("CONFIRMED"), 2, 1, {{48, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 48, 52, c1, false, 2)}};

        QTest::newRow("an older notice after a newer one changes nothing, measured against the newest")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {notice(QStringLiteral("IN-PROCESS"), 3, 2, {{24, 6}}, c1), expect(parsed, QStringLiteral("IN-PROCESS"), 24, 30, c1, false, 2)},
                           {notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 5}}, c1), expect(late, QStringLiteral("IN-PROCESS"), 24, 30, c1, false, 2)}};

        QTest::newRow("without SEQUENCE the stamp orders notices")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), -1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {notice(QStringLiteral("IN-PROCESS"), -1, 5, {{24, 4}}, c1), expect(parsed, QStringLiteral("IN-PROCESS"), 24, 28, c1)},
                           {notice(QStringLiteral("CANCELLED"), -1, 3, {{24, 4}}, c1), expect(late, QStringLiteral("IN-PROCESS"), 24, 28, c1)}};

        QTest::newRow("a missing STATUS is NO-CHANGE, and a repeated notice changes nothing")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {notice(QString(), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("NO-CHANGE"), 24, 28, c1)}};

        QTest::newRow("a cancellation without circuits keeps the impacts")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE,IC-2=DEGRADED")),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, QStringLiteral("IC-1=OUTAGE,IC-2=DEGRADED"))},
                           {notice(QStringLiteral("CANCELLED"), 2, 1, {{24, 4}}, QString()),
                            expect(parsed, QStringLiteral("CANCELLED"), 24, 28, QStringLiteral("IC-1=OUTAGE,IC-2=DEGRADED"))}};

        QTest::newRow("a completion without circuits keeps the impacts")
            << QList<Step>{{notice(QStringLiteral("IN-PROCESS"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("IN-PROCESS"), 24, 28, c1)},
                           {notice(QStringLiteral("COMPLETED"), 2, 1, {{24, 4}}, QString()), expect(parsed, QStringLiteral("COMPLETED"), 24, 28, c1)}};

        QTest::newRow("new circuits replace the impacts")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}}, QStringLiteral("IC-2=NO-IMPACT")),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, QStringLiteral("IC-2=NO-IMPACT"))}};

        QTest::newRow("the acknowledgement survives a new wording and resets on a new status")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {acknowledged(summarised(notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}}, c1), QStringLiteral("Router upgrade, new wording"))),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1, true)},
                           {notice(QStringLiteral("IN-PROCESS"), 3, 2, {{24, 4}}, c1),
                            expect(parsed, QStringLiteral("IN-PROCESS"), 24, 28, c1, false, 1, true)}};

        QTest::newRow("the acknowledgement resets when the end moves")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {acknowledged(notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 6}}, c1)),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 30, c1, false, 2, true)}};

        QTest::newRow("the acknowledgement resets when an impact changes")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {acknowledged(notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}}, QStringLiteral("IC-1=DEGRADED"))),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, QStringLiteral("IC-1=DEGRADED"), false, 1, true)}};

        QTest::newRow("an out-of-sequence notice does not reset the acknowledgement")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {acknowledged(notice(QStringLiteral("CANCELLED"), 1, 0, {{30, 4}}, c1)),
                            expect(late, QStringLiteral("CONFIRMED"), 24, 28, c1, true)}};

        QTest::newRow("several windows in one notice are one maintenance")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}, {48, 4}}, c1),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 52, c1, false, 2)},
                           {notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}, {48, 4}}, c1),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 52, c1, false, 2)}};

        QTest::newRow("a re-scheduled window is added and the old one kept")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, c1), expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, c1)},
                           {acknowledged(notice(QStringLiteral("RE-SCHEDULED"), 2, 1, {{96, 4}}, c1)),
                            expect(parsed, QStringLiteral("RE-SCHEDULED"), 96, 100, c1, false, 2, true)}};

        QTest::newRow("an unknown circuit is kept, noted, and flagged")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE,IC-404=OUTAGE")),
                            expect(QStringLiteral("unknown-cids"), QStringLiteral("CONFIRMED"), 24, 28, QStringLiteral("IC-1=OUTAGE,IC-404=OUTAGE"))}};

        QTest::newRow("circuit ids match the inventory case-insensitively")
            << QList<Step>{{notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("ic-1=OUTAGE")),
                            expect(parsed, QStringLiteral("CONFIRMED"), 24, 28, QStringLiteral("ic-1=OUTAGE"))}};
    }

    void sequences()
    {
        QFETCH(QList<Step>, steps);
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        int number = 0;
        for (const Step &step : std::as_const(steps)) {
            ++number;
            const QByteArray tag = "after notice " + QByteArray::number(number);
            qint64 id = 0;
            if (const QList<Maintenance> all = m_store->maintenances(); !all.isEmpty())
                id = all.constFirst().id;
            if (step.notice.acknowledgeBefore)
                QCOMPARE(m_store->setAcknowledged({id}, true, QStringLiteral("j.doe")), QList<qint64>{id});

            const MailResult result = pipeline.ingest(mail(step.notice, number), MailRouting{});
            QVERIFY2(!result.duplicate, tag.constData());
            QCOMPARE(storedName(result.outcome), step.expected.outcome);
            QCOMPARE(result.acknowledgementResets.contains(id), step.expected.ackReset);

            const QList<Maintenance> all = m_store->maintenances();
            QCOMPARE(all.size(), 1); // one maintenance per (provider, maintenance id), always
            const Maintenance &m = all.constFirst();
            QCOMPARE(m.providerName, QStringLiteral("arelion"));
            QCOMPARE(m.maintenanceKey, QStringLiteral("CHG-7"));
            QCOMPARE(storedName(m.status), step.expected.status);
            QCOMPARE(m.start, kBase.addSecs(qint64(step.expected.startHours) * 3600));
            QCOMPARE(m.end, kBase.addSecs(qint64(step.expected.endHours) * 3600));
            QCOMPARE(impactsOf(m), step.expected.impacts);
            QCOMPARE(m.acknowledged, step.expected.acknowledged);
            QCOMPARE(m.windows.size(), step.expected.windows);
            QCOMPARE(m.noticeCount, number); // every notice is linked, applied or not

            const QList<Store::HistoryEntry> history = m_store->maintenanceHistory(m.id);
            const bool resetInHistory = std::any_of(history.cbegin(), history.cend(), [](const Store::HistoryEntry &h) {
                return h.action == QLatin1String("ack-reset");
            });
            if (step.expected.ackReset)
                QVERIFY2(resetInHistory, tag.constData());
        }
    }

    void rescheduledWindowPointsAtTheOneItReplaces()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        pipeline.ingest(mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1), {});
        pipeline.ingest(mail(notice(QStringLiteral("RE-SCHEDULED"), 2, 1, {{96, 4}}, QStringLiteral("IC-1=OUTAGE")), 2), {});
        const qint64 id = m_store->maintenances().constFirst().id;
        const QList<Store::WindowRecord> windows = m_store->maintenanceWindows(id);
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows.at(0).start, kBase.addSecs(24 * 3600));
        QCOMPARE(windows.at(0).rescheduledFrom, -1);
        QCOMPARE(windows.at(1).start, kBase.addSecs(96 * 3600));
        QCOMPARE(windows.at(1).rescheduledFrom, 0);
        // The batched read (the overlap job's, the calendar's) says the same.
        const QHash<qint64, QList<Store::WindowRecord>> batched = m_store->maintenanceWindows(QList<qint64>{id, id + 1000});
        QCOMPARE(batched.size(), 1);
        QCOMPARE(batched.value(id).size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(batched.value(id).at(i).start, windows.at(i).start);
            QCOMPARE(batched.value(id).at(i).end, windows.at(i).end);
            QCOMPARE(batched.value(id).at(i).rescheduledFrom, windows.at(i).rescheduledFrom);
        }
        const QList<Store::HistoryEntry> history = m_store->maintenanceHistory(id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Store::HistoryEntry &h) {
            return h.action == QLatin1String("rescheduled") && h.detail.contains(QLatin1String("2026-12-05T00:00:00Z"));
        }));
    }

    void unknownCircuitGetsOneWarningNote()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        const MailResult r = pipeline.ingest(mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-404=OUTAGE")), 1), {});
        QCOMPARE(r.outcome, NotificationOutcome::UnknownCircuits);
        QVERIFY(r.error.contains(QLatin1String("IC-404")));
        pipeline.reparse(r.notificationId);
        pipeline.ingest(mail(notice(QStringLiteral("CONFIRMED"), 2, 1, {{24, 4}}, QStringLiteral("IC-404=OUTAGE")), 2), {});
        const QList<MaintenanceNote> notes = m_store->notes(r.maintenanceIds.constFirst());
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.constFirst().level, MaintenanceNote::Level::Warning);
        QVERIFY(notes.constFirst().text.contains(QLatin1String("IC-404")));
        // The known circuit of a maintenance carries its site; the unknown one has none.
        const Maintenance m = m_store->maintenances().constFirst();
        QCOMPARE(m.impacts.constFirst().circuitId, 0);
    }

    void sameMailTwiceIsStoredOnce()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        const QByteArray raw = mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1);
        const MailResult first = pipeline.ingest(raw, {});
        const MailResult second = pipeline.ingest(raw, {});
        QVERIFY(!first.duplicate);
        QVERIFY(second.duplicate);
        QCOMPARE(second.notificationId, first.notificationId);
        QCOMPARE(m_store->notifications().size(), 1);
        QCOMPARE(m_store->rawNotification(first.notificationId), raw);
    }

    void reparseIsIdempotent()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        const MailResult r = pipeline.ingest(mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1), {});
        const qint64 id = r.maintenanceIds.constFirst();
        const int historyBefore = int(m_store->maintenanceHistory(id).size());
        for (int i = 0; i < 3; ++i) {
            const MailResult again = pipeline.reparse(r.notificationId);
            QCOMPARE(again.outcome, NotificationOutcome::Parsed);
            QCOMPARE(again.maintenanceIds, QList<qint64>{id});
        }
        const Maintenance m = m_store->maintenances().constFirst();
        QCOMPARE(m.noticeCount, 1);
        QCOMPARE(int(m_store->maintenanceHistory(id).size()), historyBefore);
    }

    void unknownSenderWaitsForTheOperator()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        QByteArray raw = mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1);
        raw.replace("maintenance@arelion.com>", "changes@fibre-partner.example>");
        const MailResult r = pipeline.ingest(raw, {});
        QCOMPARE(r.outcome, NotificationOutcome::UnknownProvider);
        QVERIFY(r.error.contains(QLatin1String("changes@fibre-partner.example")));
        QVERIFY(m_store->maintenances().isEmpty());

        // The operator names the provider and remembers the sender.
        const MailResult assigned = pipeline.reparse(r.notificationId, QStringLiteral("arelion"), true);
        QCOMPARE(assigned.outcome, NotificationOutcome::Parsed);
        QCOMPARE(m_store->notifications({r.notificationId}).constFirst().providerName, QStringLiteral("arelion"));
        QCOMPARE(m_store->maintenances().size(), 1);

        // The next mail from that sender is attributed without help.
        QByteArray next = mail(notice(QStringLiteral("CANCELLED"), 2, 1, {{24, 4}}, QString()), 2);
        next.replace("maintenance@arelion.com>", "changes@fibre-partner.example>");
        QCOMPARE(pipeline.ingest(next, {}).outcome, NotificationOutcome::Parsed);
        QCOMPARE(m_store->maintenances().constFirst().status, MaintenanceStatus::Cancelled);
    }

    void sourceRestrictsItsProviders()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        m_store->addNotificationSource(QStringLiteral("zayo-only"), QStringLiteral("imap"), "{}");
        MailRouting routing;
        routing.sourceName = QStringLiteral("zayo-only");
        routing.attachAllProviders = false;
        routing.providers = {QStringLiteral("zayo")};
        const MailResult r = pipeline.ingest(mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1), routing);
        QCOMPARE(r.outcome, NotificationOutcome::UnknownProvider);
        QVERIFY(r.error.contains(QLatin1String("zayo-only")));
        QCOMPARE(m_store->notifications().constFirst().sourceName, QStringLiteral("zayo-only"));
    }

    void senderComesFromTheSourceHeader()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        QByteArray raw = mail(notice(QStringLiteral("CONFIRMED"), 1, 0, {{24, 4}}, QStringLiteral("IC-1=OUTAGE")), 1);
        // Relayed by a list: From is the list, X-Original-Sender the provider.
        raw.replace("From: Arelion NOC <maintenance@arelion.com>",
                    "From: NOC list <noc-list@example.net>\r\nX-Original-Sender: maintenance@arelion.com");
        MailRouting routing;
        QCOMPARE(pipeline.ingest(raw, routing).outcome, NotificationOutcome::UnknownProvider);
        routing.senderHeader = QStringLiteral("X-Original-Sender");
        raw.replace("notice-1@", "notice-1b@");
        const MailResult r = pipeline.ingest(raw, routing);
        QCOMPARE(r.outcome, NotificationOutcome::Parsed);
        QCOMPARE(m_store->notifications({r.notificationId}).constFirst().sender, QStringLiteral("maintenance@arelion.com"));
    }

    void unparsableMailIsKeptWithTheParsersReasons()
    {
        MailPipeline pipeline(*m_store, QStringLiteral("test"));
        const QByteArray raw = "From: Arelion NOC <maintenance@arelion.com>\r\nSubject: hello\r\n"
                               "Message-ID: <broken@arelion.com>\r\n\r\nNo calendar here.\r\n";
        const MailResult r = pipeline.ingest(raw, {});
        QCOMPARE(r.outcome, NotificationOutcome::ParsingFailed);
        QVERIFY2(r.error.contains(QLatin1String("processor")), qPrintable(r.error));
        const Notification n = m_store->notifications({r.notificationId}).constFirst();
        QCOMPARE(n.outcome, NotificationOutcome::ParsingFailed);
        QCOMPARE(n.error, r.error);
        QCOMPARE(m_store->rawNotification(r.notificationId), raw);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::optional<Store> m_store;
};

QTEST_GUILESS_MAIN(TestUpdateRules)
#include "tst_updaterules.moc"
