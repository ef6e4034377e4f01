// "Export to Calendar…" on the maintenances pane, as an operator uses it: with nothing
// selected it writes what the pane shows (its filter applies), with a selection only that; the
// file is a calendar with one VEVENT per window; a file that cannot be written is reported and
// an earlier export of the same name survives.
#include "CalendarExportAction.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "PaneFilterProxyModel.h"
#include "PaneWidget.h"
#include "Store.h"
#include "items/ItemRoles.h"
#include "items/MaintenanceTableModel.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nocdesk;

class TestCalendarExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    PaneWidget *pane() const { return m_window->pane(MainWindow::MaintenancesPane); }

    // Runs the action as the menu does, with the file dialog answered by `file`.
    QString exportVia(const QString &file, bool *ok)
    {
        CalendarExportAction *action = m_window->calendarExport();
        action->setPathChooser([file] { return file; });
        QSignalSpy exported(action, &CalendarExportAction::exported);
        QSignalSpy failed(action, &CalendarExportAction::failed);
        action->action()->trigger();
        if (!QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, 30000)) {
            *ok = false;
            return QStringLiteral("timed out");
        }
        *ok = !exported.isEmpty();
        return (*ok ? exported : failed).constFirst().constFirst().toString();
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QStringList shownKeys() const
    {
        QStringList keys;
        for (int row = 0; row < pane()->proxy()->rowCount(); ++row)
            keys << pane()->proxy()->index(row, MaintenanceTableModel::MaintenanceId).data().toString();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_calendarexport"));
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        (void)Store::open(m_path, QStringLiteral("gui"));
        m_controller = std::make_unique<ConsoleController>(m_path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->seedDemo();
        QVERIFY(refreshed.wait(30000));
        m_window->showPane(MainWindow::MaintenancesPane);
        QVERIFY(pane()->proxy()->rowCount() > 3);
        // The action is on the pane's toolbar and in its context menu.
        QVERIFY(pane()->view()->actions().contains(m_window->calendarExport()->action()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_controller.reset();
    }

    void exportsWhatThePaneShows()
    {
        pane()->view()->clearSelection();
        pane()->filterField()->clear();
        QTest::keyClicks(pane()->filterField(), QStringLiteral("zayo"));
        QTRY_VERIFY(pane()->proxy()->rowCount() < m_controller->maintenances()->rowCount());
        const QStringList keys = shownKeys();
        QVERIFY(!keys.isEmpty());

        const QString file = m_dir.filePath(QStringLiteral("shown.ics"));
        bool ok = false;
        const QString message = exportVia(file, &ok);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("shown.ics")), qPrintable(message));
        const QByteArray ics = read(file);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        for (const QString &key : keys)
            QVERIFY2(ics.contains(QByteArray("X-MAINTNOTE-MAINTENANCE-ID:" + key.toUtf8())), qPrintable(key));
        // Nothing the filter hid.
        QCOMPARE(ics.count("X-MAINTNOTE-MAINTENANCE-ID:"), ics.count("BEGIN:VEVENT"));
        QVERIFY(!ics.contains("X-MAINTNOTE-PROVIDER:lumen"));
        QVERIFY(message.contains(QString::number(ics.count("BEGIN:VEVENT"))));
        pane()->filterField()->clear();
    }

    void exportsOnlyTheSelection()
    {
        QTRY_COMPARE(pane()->proxy()->rowCount(), m_controller->maintenances()->rowCount());
        pane()->view()->selectRow(1);
        const QString key = pane()->proxy()->index(1, MaintenanceTableModel::MaintenanceId).data().toString();
        const QString other = pane()->proxy()->index(0, MaintenanceTableModel::MaintenanceId).data().toString();
        QCOMPARE(m_window->calendarExport()->idsToExport().size(), 1);

        const QString file = m_dir.filePath(QStringLiteral("selected.ics"));
        bool ok = false;
        QVERIFY2((exportVia(file, &ok), ok), "export failed");
        const QByteArray ics = read(file);
        QVERIFY(ics.contains(QByteArray("X-MAINTNOTE-MAINTENANCE-ID:" + key.toUtf8())));
        QVERIFY(!ics.contains(QByteArray("X-MAINTNOTE-MAINTENANCE-ID:" + other.toUtf8() + "\r\n")));
    }

    void unwritableFileIsReportedAndKeepsTheOldOne()
    {
        pane()->view()->selectRow(0);
        const QString file = m_dir.filePath(QStringLiteral("selected.ics"));
        const QByteArray before = read(file);
        QVERIFY(!before.isEmpty());
        // A folder that does not exist: the operator is told, and nothing is half-written.
        bool ok = true;
        const QString message = exportVia(m_dir.filePath(QStringLiteral("missing/dir/out.ics")), &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("out.ics")), qPrintable(message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/dir/out.ics"))));
        QCOMPARE(read(file), before);

        // A cancelled dialog exports nothing.
        CalendarExportAction *action = m_window->calendarExport();
        action->setPathChooser([] { return QString(); });
        QSignalSpy exported(action, &CalendarExportAction::exported);
        QSignalSpy failed(action, &CalendarExportAction::failed);
        action->action()->trigger();
        QTest::qWait(200);
        QVERIFY(exported.isEmpty() && failed.isEmpty());
    }
};

QTEST_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
