// The Inventory menu and the sync dialog as an operator uses them, offscreen, against a fake
// NetBox: a refused token, a sync with progress that lands in the store, Cancel during a slow
// retry. The token goes to the secret store (in memory here: the keychain has its own tests
// and tst_inventorycli uses the real one). Screenshots go to the build folder's screenshots/.
#include "ConsoleController.h"
#include "FakeNetbox.h"
#include "InventoryActions.h"
#include "InventoryController.h"
#include "InventorySyncDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nocdesk;
using namespace std::chrono_literals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestInventoryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    InventoryController *m_inventory = nullptr;
    InventoryActions *m_actions = nullptr;

    InventorySyncDialog *dialog() const
    {
        auto *open = m_window->findChild<InventorySyncDialog *>();
        return open && open->isVisible() ? open : m_actions->openSync();
    }
    template<typename T> T *child(const char *name) const { return dialog()->findChild<T *>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_inventorydialog"));
        m_path = m_dir.filePath(QStringLiteral("console.sqlite"));
        (void)Store::open(m_path, QStringLiteral("gui"));
        m_console = std::make_unique<ConsoleController>(m_path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_console.get());
        m_inventory = new InventoryController(m_console.get(), m_secrets, m_window.get());
        m_inventory->setRetryDelay(50ms);
        m_actions = new InventoryActions(m_window.get(), m_inventory);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_console->runner()->cancelAll();
        m_console->runner()->waitForDone();
        m_window.reset();
        m_console.reset();
    }

    void theMenu()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("inventoryMenu"));
        QVERIFY(menu);
        const QList<QAction *> top = m_window->menuBar()->actions();
        QCOMPARE(top.at(top.size() - 2)->menu(), menu); // just before Help
        QCOMPARE(menu->actions().size(), 2);
        QCOMPARE(menu->actions().at(0)->objectName(), QStringLiteral("importInventory"));
        QCOMPARE(menu->actions().at(1)->objectName(), QStringLiteral("syncInventory"));
        menu->popup(m_window->mapToGlobal(QPoint(200, 20)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        screenshot(menu, QStringLiteral("inventory-menu"));
        menu->hide();
    }

    // Import through the controller's pool task: a bad cell names its place and writes
    // nothing, then the good file lands.
    void importFromTheMenu()
    {
        const QString sites = m_dir.filePath(QStringLiteral("sites.csv"));
        QFile file(sites);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,time_zone\nLAB1,Europe/Berlin\nLAB2,Europe/Berlim\n");
        file.close();
        QSignalSpy finished(m_inventory, &InventoryController::importFinished);
        m_inventory->importFiles({sites});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(sites + QStringLiteral(":3:2: \"Europe/Berlim\" is not an IANA time zone")),
                 qPrintable(finished.at(0).at(1).toString()));
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("inventoryImportError")));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("inventoryImportError"));
        QVERIFY(box->text().contains(QStringLiteral("Nothing was imported")));
        screenshot(box, QStringLiteral("inventory-import-error"));
        box->close();
        QCOMPARE(Store::forCurrentThread(m_path).sites().size(), 0);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,time_zone\nLAB1,Europe/Berlin\nLAB2,Europe/Berlin\n");
        file.close();
        m_inventory->importFiles({sites});
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(Store::forCurrentThread(m_path).sites().size(), 2);
    }

    void refusedTokenShowsInTheDialog()
    {
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        InventorySyncDialog *d = dialog();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        child<QLineEdit>("url")->setText(server.baseUrl().toString());
        child<QLineEdit>("token")->setText(QStringLiteral("not-the-token"));
        QSignalSpy finished(m_inventory, &InventoryController::syncFinished);
        QTest::mouseClick(child<QPushButton>("sync"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString status = child<QLabel>("status")->text();
        QVERIFY2(status.contains(QStringLiteral("refused the token (HTTP 403: Invalid token)")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("nothing was changed")));
        // The whole message shows, not its first line only.
        auto *label = child<QLabel>("status");
        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        QCOMPARE(m_secrets->read(inventoryTokenKey(server.baseUrl())), std::nullopt);
        QVERIFY(child<QPushButton>("sync")->isEnabled());
        screenshot(d, QStringLiteral("inventory-sync-refused"));
    }

    void syncLandsInTheStoreAndKeepsTheToken()
    {
        FakeNetbox server;
        server.fillStandard();
        QVERIFY(server.listen());
        InventorySyncDialog *d = dialog();
        child<QLineEdit>("url")->setText(server.baseUrl().toString());
        child<QLineEdit>("token")->setText(server.token);
        QSignalSpy finished(m_inventory, &InventoryController::syncFinished);
        QSignalSpy progress(m_inventory, &InventoryController::syncProgress);
        QTest::mouseClick(child<QPushButton>("sync"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>("sync")->isEnabled());
        QVERIFY(child<QPushButton>("cancelSync")->isVisible());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!progress.isEmpty());
        const QString status = child<QLabel>("status")->text();
        QVERIFY2(status.contains(QStringLiteral("90 circuits")), qPrintable(status));
        QCOMPARE(m_secrets->read(inventoryTokenKey(server.baseUrl())), std::optional<QString>(server.token));
        QVERIFY(child<QLineEdit>("token")->text().isEmpty());
        QVERIFY(!child<QPushButton>("cancelSync")->isVisible());
        QCOMPARE(Store::forCurrentThread(m_path).circuits().size(), 90);
        QCOMPARE(QSettings().value(QStringLiteral("inventory/url")).toString(), server.baseUrl().toString());
        auto *label = child<QLabel>("status");
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        screenshot(d, QStringLiteral("inventory-sync-done"));

        // The next sync takes the token from the secret store.
        server.requests.clear();
        QTest::mouseClick(child<QPushButton>("sync"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(1).at(0).toBool());
        QVERIFY(!server.requests.isEmpty());
        QCOMPARE(server.requests.constFirst().authorization, QByteArrayLiteral("Token ") + server.token.toUtf8());
    }

    void cancelDuringASlowRetry()
    {
        FakeNetbox server;
        server.fillStandard();
        server.failures.insert(QStringLiteral("/api/dcim/devices/"), 99);
        QVERIFY(server.listen());
        m_inventory->setRetryDelay(60s);
        m_secrets->write(inventoryTokenKey(server.baseUrl()), server.token);
        child<QLineEdit>("url")->setText(server.baseUrl().toString());
        QSignalSpy finished(m_inventory, &InventoryController::syncFinished);
        QTest::mouseClick(child<QPushButton>("sync"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(server.requests.cbegin(), server.requests.cend(), [](const FakeNetbox::Request &r) {
                                     return r.path == QLatin1String("/api/dcim/devices/");
                                 }), 30000);
        // The wait is explained, with a countdown, while the bar stands at the devices.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("status")->text().contains(QStringLiteral("answered HTTP 500; trying again in")), 10000);
        QVERIFY(child<QLabel>("status")->text().startsWith(QStringLiteral("Devices: ")));
        screenshot(dialog(), QStringLiteral("inventory-sync-running"));
        QTest::mouseClick(child<QPushButton>("cancelSync"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(child<QLabel>("status")->text().contains(QStringLiteral("Cancelled")));
        QCOMPARE(Store::forCurrentThread(m_path).circuits().size(), 90); // the earlier sync's, untouched
        m_inventory->setRetryDelay(50ms);
    }
};

QTEST_MAIN(TestInventoryDialog)
#include "tst_inventorydialog.moc"
