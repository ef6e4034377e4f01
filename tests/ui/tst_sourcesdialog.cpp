// The mail side of the console as an operator uses it, offscreen: a source added in the Sources
// dialog and validated against a real dovecot (good and bad password), fetched into the
// notifications pane, mail files dropped on the window, an unknown sender assigned a provider.
// Screenshots go to the build folder's screenshots/.
#include "AssignProviderDialog.h"
#include "BcopMail.h"
#include "ConsoleController.h"
#include "DovecotServer.h"
#include "MailActions.h"
#include "MailController.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PaneFilterProxyModel.h"
#include "PaneWidget.h"
#include "SourcesDialog.h"
#include "Store.h"
#include "items/MaintenanceTableModel.h"
#include "items/NotificationTableModel.h"
#include "DetailPanel.h"
#include "MaintenanceDetails.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nocdesk;

namespace {

QByteArray notice(const QString &id, const QString &from = {}, int sequence = 1, int hours = 4)
{
    return bcopMail(sampleNotice(id, sequence, from, hours));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestSourcesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    MailController *m_mail = nullptr;
    MailActions *m_actions = nullptr;
    DovecotServer m_server;

    NotificationTableModel *notifications() const { return m_console->notifications(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sourcesdialog"));
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        (void)Store::open(path, QStringLiteral("gui"));
        m_console = std::make_unique<ConsoleController>(path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_console.get());
        m_mail = new MailController(m_console.get(), m_secrets, m_window.get());
        m_actions = new MailActions(m_window.get(), m_mail);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
        m_server.stop();
    }

    void addValidateAndFetchAnImapSource()
    {
        if (const QString missing = DovecotServer::missingTools(); !missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("dovecot is not installed (%1); scripts/install-deps installs it").arg(missing)));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.append(QStringLiteral("INBOX"), notice(QStringLiteral("CHG-10"))));
        QVERIFY(m_server.append(QStringLiteral("INBOX"), notice(QStringLiteral("CHG-11"))));

        SourcesDialog *dialog = m_actions->openSources();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))->setText(QStringLiteral("noc-mailbox"));
        dialog->findChild<QLineEdit *>(QStringLiteral("imapHost"))->setText(QStringLiteral("localhost"));
        dialog->findChild<QSpinBox *>(QStringLiteral("imapPort"))->setValue(m_server.imapsPort());
        dialog->findChild<QLineEdit *>(QStringLiteral("imapAccount"))->setText(DovecotServer::user());
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("imapPassword"));
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        QLineEdit *ca = *std::find_if(edits.cbegin(), edits.cend(), [](QLineEdit *e) {
            return e->placeholderText().contains(QLatin1String("CA"));
        });
        ca->setText(m_server.caFile());

        // A wrong password: Validate says so, in the dialog.
        password->setText(QStringLiteral("wrong"));
        QSignalSpy checked(m_mail, &MailController::sourceChecked);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateSource")), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.takeFirst().at(1).value<SourceCheck>().failure, QStringLiteral("login-rejected"));
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("✘")));
        screenshot(dialog, QStringLiteral("sources-login-rejected"));

        // The right one: found, and saved with its password in the keychain only.
        password->setText(DovecotServer::password());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateSource")), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY(checked.takeFirst().at(1).value<SourceCheck>().ok);
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("✔")));
        screenshot(dialog, QStringLiteral("sources-validated"));
        QSignalSpy changed(m_mail, &MailController::sourcesChanged);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSource")), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_mail->sources().size(), 1);
        QCOMPARE(m_secrets->read(sourceSecretKey(QStringLiteral("noc-mailbox"))), std::optional<QString>(DovecotServer::password()));
        QCOMPARE(dialog->list()->count(), 1);

        // Fetch now: the notices land in the pane.
        QSignalSpy fetched(m_mail, &MailController::sourceFetched);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchSource")), Qt::LeftButton);
        QVERIFY(fetched.wait(20000));
        const FetchReport report = fetched.takeFirst().at(1).value<FetchReport>();
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.stored, 2);
        QTRY_COMPARE(notifications()->rowCount(), 2);
        QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("2 new")));
        screenshot(dialog, QStringLiteral("sources-fetched"));
        dialog->close();

        // The password went to the secret store only: no file of this console holds it (the
        // database, its WAL, the settings).
        QSettings().sync();
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(DovecotServer::password().toUtf8()), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2);
    }

    void droppedFilesAreImported()
    {
        const QString file = m_dir.filePath(QStringLiteral("from-partner.eml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(notice(QStringLiteral("PF-1"), QStringLiteral("Fibre Partner <changes@fibre-partner.example>")));
        f.close();
        const int before = notifications()->rowCount();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy imported(m_mail, &MailController::importFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.takeFirst().at(0).toInt(), 1);
        QTRY_COMPARE(notifications()->rowCount(), before + 1);
    }

    void ackResetShowsInTheMaintenanceHistory()
    {
        m_window->showPane(MainWindow::MaintenancesPane);
        PaneWidget *pane = m_window->pane(MainWindow::MaintenancesPane);
        MaintenanceTableModel *model = m_console->maintenances();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->at(r).maintenanceKey == QLatin1String("CHG-10"))
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = model->at(row).id;
        m_console->acknowledge({id}, true);
        QTRY_VERIFY(model->at(row).acknowledged);

        // The provider moves the end: a newer notice, dropped on the window.
        const QString file = m_dir.filePath(QStringLiteral("chg-10-update.eml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(notice(QStringLiteral("CHG-10"), {}, 2, 6));
        f.close();
        QSignalSpy imported(m_mail, &MailController::importFinished);
        m_mail->importPaths({file});
        QVERIFY(imported.wait(10000));
        QTRY_VERIFY(!model->at(row).acknowledged);

        auto *details = pane->findChild<MaintenanceDetails *>();
        QVERIFY(details);
        QSignalSpy shown(details, &MaintenanceDetails::shown);
        pane->view()->selectionModel()->select(pane->proxy()->mapFromSource(model->index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(!shown.isEmpty());
        const QString text = pane->detailPanel()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Acknowledgement reset")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Acknowledged")));
        QVERIFY(text.contains(QLatin1String("tester")));
        QVERIFY(text.contains(QLatin1String("Window changed")));
        QVERIFY(text.contains(QLatin1String("Notices")));
        screenshot(m_window.get(), QStringLiteral("maintenance-history"));
    }

    void unknownSenderIsAssignedAProvider()
    {
        m_window->showPane(MainWindow::NotificationsPane);
        PaneWidget *pane = m_window->pane(MainWindow::NotificationsPane);
        int row = -1;
        for (int r = 0; r < notifications()->rowCount(); ++r) {
            if (notifications()->at(r).outcome == NotificationOutcome::UnknownProvider)
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = notifications()->at(row).id;
        const QModelIndex source = notifications()->index(row, 0);
        pane->view()->selectionModel()->select(pane->proxy()->mapFromSource(source),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        screenshot(m_window.get(), QStringLiteral("notifications-unknown-provider"));

        // The operator picks the provider in the dialog and keeps "remember".
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<AssignProviderDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->providerBox()->setCurrentText(QStringLiteral("genericprovider"));
            dialog->accept();
        });
        QSignalSpy rows(notifications(), &QAbstractItemModel::dataChanged);
        m_actions->assignAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(notifications()->at(row).outcome != NotificationOutcome::UnknownProvider, 10000);
        QCOMPARE(notifications()->at(row).id, id);
        QCOMPARE(notifications()->at(row).providerName, QStringLiteral("genericprovider"));
    }
};

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
