// The pane models: QAbstractItemModelTester watches every change; merges touch only what changed.
#include "DomainPrinters.h"
#include "items/AlarmTableModel.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceTableModel.h"
#include "items/NotificationTableModel.h"
#include "items/PaneFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nocdesk;

namespace {

const QDateTime kT0(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

Maintenance maintenance(qint64 id, const QString &key, MaintenanceStatus status, int startHours, Impact impact)
{
    Maintenance m;
    m.id = id;
    m.providerName = QStringLiteral("zayo");
    m.maintenanceKey = key;
    m.summary = QStringLiteral("work ") + key;
    m.status = status;
    m.start = kT0.addSecs(startHours * 3600);
    m.end = m.start.addSecs(3600);
    m.impacts = {{QStringLiteral("C-") + key, 1, QStringLiteral("FRA1"), impact}};
    return m;
}

Alarm alarm(qint64 id, AlarmSeverity severity, AlarmState state)
{
    Alarm a;
    a.id = id;
    a.severity = severity;
    a.state = state;
    a.objectRef = QStringLiteral("r%1").arg(id);
    a.raisedAt = kT0.addSecs(id * 60);
    return a;
}

Notification notification(qint64 id, NotificationOutcome outcome)
{
    Notification n;
    n.id = id;
    n.subject = QStringLiteral("Notice %1").arg(id);
    n.sender = QStringLiteral("mr@zayo.com");
    n.outcome = outcome;
    n.receivedAt = kT0.addSecs(id);
    n.messageId = QStringLiteral("<%1@zayo.com>").arg(id);
    return n;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maintenanceModel()
    {
        MaintenanceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.replaceAll({maintenance(1, QStringLiteral("A"), MaintenanceStatus::Confirmed, 1, Impact::Outage),
                          maintenance(2, QStringLiteral("B"), MaintenanceStatus::InProcess, -1, Impact::Degraded),
                          maintenance(3, QStringLiteral("C"), MaintenanceStatus::Completed, -9, Impact::NoImpact)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MaintenanceTableModel::ColumnCount));
        QCOMPARE(model.index(1, MaintenanceTableModel::Status).data().toString(), QStringLiteral("In process"));
        QCOMPARE(model.index(0, MaintenanceTableModel::WorstImpact).data().toString(), QStringLiteral("Outage"));
        QCOMPARE(model.index(0, MaintenanceTableModel::Start).data(RawRole).toDateTime(), kT0.addSecs(3600));
        QCOMPARE(model.index(2, 0).data(IdRole).toLongLong(), 3);
        QCOMPARE(model.index(0, MaintenanceTableModel::Ack).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.flags(model.index(0, MaintenanceTableModel::Ack)) & Qt::ItemIsUserCheckable);

        // Ticking the box asks; it does not change the row by itself.
        QSignalSpy asked(&model, &MaintenanceTableModel::acknowledgeRequested);
        QVERIFY(model.setData(model.index(1, MaintenanceTableModel::Ack), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<QList<qint64>>(), QList<qint64>{2});
        QCOMPARE(asked.at(0).at(1).toBool(), true);
        QVERIFY(!model.at(1).acknowledged);

        // The store's answer: one row changed -> one dataChanged over that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Maintenance acked = model.at(1);
        acked.acknowledged = true;
        model.upsert({acked});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.index(1, MaintenanceTableModel::Ack).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        const QStringList details = [&] {
            QStringList labels;
            for (const QVariant &line : model.index(1, 0).data(DetailRole).toList())
                labels << line.toStringList().value(0);
            return labels;
        }();
        QVERIFY(details.contains(QStringLiteral("Circuit")));
        QVERIFY(details.contains(QStringLiteral("Window")) || model.at(1).windows.isEmpty());
    }

    void mergeRemovesUpdatesAndAppends()
    {
        NotificationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Notification> first;
        for (int i = 1; i <= 10; ++i)
            first << notification(i, NotificationOutcome::Pending);
        model.replaceAll(first);
        QCOMPARE(model.rowCount(), 10);

        QList<Notification> second;
        for (int i = 1; i <= 12; ++i) {
            if (i == 3 || i == 4 || i == 8)
                continue; // removed
            Notification n = notification(i, NotificationOutcome::Pending);
            if (i == 5 || i == 6)
                n.outcome = NotificationOutcome::Parsed; // changed
            second << n;
        }
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.replaceAll(second);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(removed.size(), 2); // 8, then the run 3..4
        QCOMPARE(changed.size(), 1); // 5 and 6 are adjacent after the removal: one range
        QCOMPARE(inserted.size(), 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfId(model.idAt(row)), row);
        QCOMPARE(model.rowOfId(3), -1);
        QCOMPARE(model.at(model.rowOfId(5)).outcome, NotificationOutcome::Parsed);
    }

    void eventAndAlarmAndNotificationModels()
    {
        // The events model pages from the store: tst_eventmodel.
        AlarmTableModel alarms;
        QAbstractItemModelTester t2(&alarms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alarms.replaceAll({alarm(1, AlarmSeverity::Critical, AlarmState::Active), alarm(2, AlarmSeverity::Minor, AlarmState::Closed)});
        QCOMPARE(alarms.index(1, AlarmTableModel::State).data().toString(), QStringLiteral("Closed"));
        alarms.replaceAll({});
        QCOMPARE(alarms.rowCount(), 0);

        NotificationTableModel notifications;
        QAbstractItemModelTester t3(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
        notifications.replaceAll({notification(1, NotificationOutcome::Parsed), notification(2, NotificationOutcome::UnknownProvider)});
        QCOMPARE(notifications.index(1, NotificationTableModel::Outcome).data().toString(), QStringLiteral("Unknown provider"));
        QCOMPARE(notifications.index(0, NotificationTableModel::Source).data().toString(), QStringLiteral("Import"));
    }

    void proxyFiltersWordsAndSortsRawValues()
    {
        MaintenanceTableModel model;
        model.replaceAll({maintenance(1, QStringLiteral("A"), MaintenanceStatus::Confirmed, 30, Impact::Outage),
                          maintenance(2, QStringLiteral("B"), MaintenanceStatus::InProcess, -1, Impact::Degraded),
                          maintenance(3, QStringLiteral("C"), MaintenanceStatus::Completed, 5, Impact::NoImpact)});
        PaneFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.sort(MaintenanceTableModel::Start, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 2);
        QCOMPARE(proxy.index(2, 0).data(IdRole).toLongLong(), 1);

        proxy.setFilterWords(QStringLiteral("  zayo   OUTAGE "));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 1);
        proxy.setFilterWords(QStringLiteral("in process"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterWords(QStringLiteral("nothing-matches-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterWords({});
        QCOMPARE(proxy.rowCount(), 3);

        // Rows arriving while filtered are filtered too.
        proxy.setFilterWords(QStringLiteral("c-d"));
        model.upsert({maintenance(4, QStringLiteral("D"), MaintenanceStatus::Tentative, 2, Impact::Outage)});
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
