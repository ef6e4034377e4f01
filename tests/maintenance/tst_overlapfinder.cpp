// The overlap finder as a table of cases: a fixed inventory, a few maintenances each, and the
// overlaps expected, written one line each as "SITE KIND START-END MAINT:CIRCUIT=IMPACT ...".
#include "DomainPrinters.h"
#include "OverlapFinder.h"

#include <QTest>

using namespace nocdesk;

namespace {

const QDateTime kBase(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

// AMS has C1, C2, C3; FRA has C1 (its Z side) and C5; LON has C2; PAR has C5; SOLO only C4.
const QList<Site> kSites{{1, QStringLiteral("AMS"), {}, {}}, {2, QStringLiteral("FRA"), {}, {}},
                         {3, QStringLiteral("LON"), {}, {}}, {4, QStringLiteral("PAR"), {}, {}},
                         {5, QStringLiteral("SOLO"), {}, {}}};
const QList<Circuit> kCircuits{{1, 1, QStringLiteral("C1"), QStringLiteral("wave"), 1, 2, {}},
                               {2, 1, QStringLiteral("C2"), QStringLiteral("wave"), 1, 3, {}},
                               {3, 1, QStringLiteral("C3"), QStringLiteral("transit"), 1, 0, {}},
                               {4, 1, QStringLiteral("C4"), QStringLiteral("transit"), 5, 0, {}},
                               {5, 1, QStringLiteral("C5"), QStringLiteral("dark fiber"), 4, 2, {}}};

// "H" or "H:MM" hours after kBase.
QDateTime at(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    return kBase.addSecs(parts.at(0).toLongLong() * 3600 + (parts.size() > 1 ? parts.at(1).toLongLong() * 60 : 0));
}

QString hours(const QDateTime &t)
{
    const qint64 s = kBase.secsTo(t);
    return s % 3600 == 0 ? QString::number(s / 3600)
                         : QStringLiteral("%1:%2").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// "ID STATUS WINDOW[;WINDOW...] CIRCUIT[=IMPACT],...", e.g. "1 CONFIRMED 0-10;20-30 C1,C2=NO-IMPACT".
// A circuit the inventory does not have keeps circuitId 0.
Maintenance maintenance(const QString &spec)
{
    const QStringList f = spec.split(QLatin1Char(' '));
    Maintenance m;
    m.id = f.at(0).toLongLong();
    m.providerName = QStringLiteral("arelion");
    m.maintenanceKey = QStringLiteral("CHG-") + f.at(0);
    bool ok = false;
    m.status = maintenanceStatusFromString(f.at(1), &ok);
    Q_ASSERT(ok);
    for (const QString &w : f.at(2).split(QLatin1Char(';')))
        m.windows.append({at(w.section(QLatin1Char('-'), 0, 0)), at(w.section(QLatin1Char('-'), 1, 1))});
    m.start = m.windows.constFirst().start;
    m.end = m.windows.constLast().end;
    for (const QString &c : f.at(3).split(QLatin1Char(','))) {
        const QString ref = c.section(QLatin1Char('='), 0, 0);
        const QString impact = c.section(QLatin1Char('='), 1, 1);
        qint64 id = 0;
        for (const Circuit &known : kCircuits) {
            if (known.circuitId == ref)
                id = known.id;
        }
        m.impacts.append({ref, id, {}, impact.isEmpty() ? Impact::Outage : impactFromString(impact)});
    }
    return m;
}

QString describe(const SiteOverlap &o)
{
    QStringList circuits;
    for (const OverlapCircuit &c : o.circuits)
        circuits << QStringLiteral("%1:%2=%3").arg(c.maintenanceId).arg(c.circuitRef, storedName(c.impact));
    return QStringLiteral("%1 %2 %3-%4 %5")
        .arg(o.siteName, storedName(o.kind), hours(o.start), hours(o.end), circuits.join(QLatin1Char(' ')));
}

} // namespace

class TestOverlapFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QStringList>("maintenances");
        QTest::addColumn<bool>("excludeNoImpact");
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char *name, const QStringList &maintenances, const QStringList &expected,
                            bool exclude = false) {
            QTest::newRow(name) << maintenances << exclude << expected;
        };
        row("apart", {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 10:01-20 C2")}, {});
        row("touching ends overlap in one instant",
            {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 10-20 C2")},
            {QStringLiteral("AMS redundancy-reduced 10-10 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("crossing", {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 5-15 C2")},
            {QStringLiteral("AMS redundancy-reduced 5-10 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("contained window", {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 2:30-4 C2")},
            {QStringLiteral("AMS redundancy-reduced 2:30-4 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("identical windows", {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 0-10 C2")},
            {QStringLiteral("AMS redundancy-reduced 0-10 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("three-way: each stretch with what runs in it",
            {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 CONFIRMED 5-15 C2"), QStringLiteral("3 CONFIRMED 8-20 C3")},
            {QStringLiteral("AMS redundancy-reduced 5-8 1:C1=OUTAGE 2:C2=OUTAGE"),
             QStringLiteral("AMS redundancy-lost 8-10 1:C1=OUTAGE 2:C2=OUTAGE 3:C3=OUTAGE"),
             QStringLiteral("AMS redundancy-reduced 10-15 2:C2=OUTAGE 3:C3=OUTAGE")});
        row("every circuit of the site: redundancy lost",
            {QStringLiteral("1 CONFIRMED 0-10 C1,C2"), QStringLiteral("2 IN-PROCESS 4-6 C3")},
            {QStringLiteral("AMS redundancy-lost 4-6 1:C1=OUTAGE 1:C2=OUTAGE 2:C3=OUTAGE")});
        row("same circuit in two maintenances",
            {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 TENTATIVE 5-15 C1=DEGRADED")},
            {QStringLiteral("AMS overlap 5-10 1:C1=OUTAGE 2:C1=DEGRADED"),
             QStringLiteral("FRA overlap 5-10 1:C1=OUTAGE 2:C1=DEGRADED")});
        row("a circuit counts at its Z side",
            {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 RE-SCHEDULED 0-10 C5")},
            {QStringLiteral("FRA redundancy-lost 0-10 1:C1=OUTAGE 2:C5=OUTAGE")});
        row("NO-IMPACT counts by default",
            {QStringLiteral("1 CONFIRMED 0-10 C1=NO-IMPACT"), QStringLiteral("2 CONFIRMED 0-10 C2")},
            {QStringLiteral("AMS redundancy-reduced 0-10 1:C1=NO-IMPACT 2:C2=OUTAGE")});
        row("NO-IMPACT left out with the flag",
            {QStringLiteral("1 CONFIRMED 0-10 C1=NO-IMPACT"), QStringLiteral("2 CONFIRMED 0-10 C2")}, {}, true);
        row("the flag leaves a maintenance's other circuits",
            {QStringLiteral("1 CONFIRMED 0-10 C1=NO-IMPACT,C3=REDUCED-REDUNDANCY"), QStringLiteral("2 CONFIRMED 0-10 C2")},
            {QStringLiteral("AMS redundancy-reduced 0-10 1:C3=REDUCED-REDUNDANCY 2:C2=OUTAGE")}, true);
        row("the flag with both sides NO-IMPACT",
            {QStringLiteral("1 CONFIRMED 0-10 C1=NO-IMPACT"), QStringLiteral("2 CONFIRMED 0-10 C2=NO-IMPACT")}, {}, true);
        row("cancelled left out", {QStringLiteral("1 CANCELLED 0-10 C1"), QStringLiteral("2 CONFIRMED 0-10 C2")}, {});
        row("completed left out", {QStringLiteral("1 CONFIRMED 0-10 C1"), QStringLiteral("2 COMPLETED 0-10 C2")}, {});
        row("a site with a single circuit has no redundancy to lose",
            {QStringLiteral("1 CONFIRMED 0-10 C4"), QStringLiteral("2 CONFIRMED 5-15 C4")},
            {QStringLiteral("SOLO overlap 5-10 1:C4=OUTAGE 2:C4=OUTAGE")});
        row("multiple windows per maintenance",
            {QStringLiteral("1 CONFIRMED 0-2;10-12 C1"), QStringLiteral("2 CONFIRMED 1-11 C2")},
            {QStringLiteral("AMS redundancy-reduced 1-2 1:C1=OUTAGE 2:C2=OUTAGE"),
             QStringLiteral("AMS redundancy-reduced 10-11 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("touching windows of one maintenance make one span",
            {QStringLiteral("1 CONFIRMED 0-5;5-10 C1"), QStringLiteral("2 CONFIRMED 0-10 C2")},
            {QStringLiteral("AMS redundancy-reduced 0-10 1:C1=OUTAGE 2:C2=OUTAGE")});
        row("one maintenance overlapping itself is no overlap", {QStringLiteral("1 CONFIRMED 0-10;5-15 C1,C2,C3")}, {});
        row("one maintenance on every circuit is no overlap", {QStringLiteral("1 CONFIRMED 0-10 C1,C2,C3")}, {});
        row("circuits the inventory does not know belong to no site",
            {QStringLiteral("1 CONFIRMED 0-10 X-99"), QStringLiteral("2 CONFIRMED 0-10 C2")}, {});
        row("sites are reported apart",
            {QStringLiteral("1 CONFIRMED 0-10 C1,C4"), QStringLiteral("2 CONFIRMED 5-15 C5,C4")},
            {QStringLiteral("FRA redundancy-lost 5-10 1:C1=OUTAGE 2:C5=OUTAGE"),
             QStringLiteral("SOLO overlap 5-10 1:C4=OUTAGE 2:C4=OUTAGE")});
    }

    void cases()
    {
        QFETCH(QStringList, maintenances);
        QFETCH(bool, excludeNoImpact);
        QFETCH(QStringList, expected);
        QList<Maintenance> input;
        for (const QString &spec : std::as_const(maintenances))
            input << maintenance(spec);
        QStringList actual;
        for (const SiteOverlap &o : findSiteOverlaps(input, kCircuits, kSites, OverlapOptions{excludeNoImpact}))
            actual << describe(o);
        QCOMPARE(actual, expected);
    }

    // The figures a view shows next to each span.
    void countsCircuitsOfTheSite()
    {
        const QList<SiteOverlap> found = findSiteOverlaps(
            {maintenance(QStringLiteral("1 CONFIRMED 0-10 C1")), maintenance(QStringLiteral("2 CONFIRMED 0-10 C1,C2"))},
            kCircuits, kSites);
        QCOMPARE(found.size(), 2); // AMS (C1, C2 of three) and FRA (C1 of two)
        QCOMPARE(found.at(0).siteName, QStringLiteral("AMS"));
        QCOMPARE(found.at(0).siteCircuitCount, 3);
        QCOMPARE(found.at(0).impactedCircuitCount(), 2);
        QCOMPARE(found.at(0).maintenanceIds(), (QList<qint64>{1, 2}));
        QCOMPARE(found.at(0).kind, OverlapKind::RedundancyReduced);
        QCOMPARE(found.at(1).siteName, QStringLiteral("FRA"));
        QCOMPARE(found.at(1).siteCircuitCount, 2);
        QCOMPARE(found.at(1).impactedCircuitCount(), 1);
        QCOMPARE(found.at(1).kind, OverlapKind::Overlap);
    }
};

QTEST_GUILESS_MAIN(TestOverlapFinder)
#include "tst_overlapfinder.moc"
