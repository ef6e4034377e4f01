// The maintenance detail as an operator works it, offscreen, on a real store fed through the
// mail pipeline: an HTML notice opens in the safe viewer, which shows the image the mail
// carries (cid:) and asks a local HTTP server for nothing, next to the headers, the text parts
// and the parsed JSON as stored; notes are edited with the operator's name; a new maintenance
// reaches the tray notifier (the status bar here: offscreen has no tray) and clicking it
// selects the maintenance. A screenshot of the detail with the notice open goes to
// build/screenshots/maintenance-detail.png.
#include "BcopMail.h"
#include "ConsoleController.h"
#include "DetailPanel.h"
#include "MailPipeline.h"
#include "MainWindow.h"
#include "MaintenanceAlertWatcher.h"
#include "MaintenanceDetails.h"
#include "NoteDialog.h"
#include "NoticeViewer.h"
#include "PaneWidget.h"
#include "SafeMailBrowser.h"
#include "Store.h"
#include "TrayNotifier.h"
#include "items/MaintenanceTableModel.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nocdesk;

namespace {

const QColor kLogoColour(0xd0, 0x10, 0x20);

QByteArray logoPng()
{
    QImage logo(48, 24, QImage::Format_RGB32);
    logo.fill(kLogoColour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

// A provider notice as HTML mail: an inline logo (cid:), and a tracking pixel, style sheets, a
// background and a local file that must never be fetched; plus the BCOP calendar the parser
// reads.
QByteArray htmlNotice(quint16 port, const QString &maintenanceId, const QString &messageId)
{
    const QString remote = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    BcopNotice n = sampleNotice(maintenanceId);
    n.messageId = messageId;
    const QByteArray calendarMail = bcopMail(n);
    const QByteArray calendar = calendarMail.mid(calendarMail.indexOf("\r\n\r\n") + 4);
    const QString html = QStringLiteral(
        "<html><head><link rel=\"stylesheet\" href=\"%1style.css\">"
        "<style>@import url(\"%1import.css\"); h2 { color: #1f4e79; }</style></head>"
        "<body><p><img src=\"cid:logo@arelion.example\" width=\"48\" height=\"24\"></p>"
        "<h2>Planned maintenance %2</h2>"
        "<p>Dear customer, we will upgrade a router. Your circuit <b>IC-1</b> will be down for up to four hours.</p>"
        "<table border=\"1\" cellpadding=\"4\" background=\"%1bg.png\"><tr><th>Circuit</th><th>Impact</th></tr>"
        "<tr><td>IC-1</td><td>Outage</td></tr></table>"
        "<p>Details: <a href=\"https://portal.arelion.example/chg/%2\">our maintenance portal</a></p>"
        "<img src=\"%1pixel.png?reader=noc\" width=\"1\" height=\"1\"><img src=\"file:///etc/hostname\">"
        "</body></html>").arg(remote, maintenanceId);
    QByteArray mail;
    mail += "From: Arelion NOC <maintenance@arelion.com>\r\nTo: noc@example.net\r\n";
    mail += "Subject: Planned maintenance " + maintenanceId.toUtf8() + "\r\n";
    mail += "Date: Tue, 1 Dec 2026 09:30:00 +0000\r\nMessage-ID: <" + messageId.toUtf8() + ">\r\n";
    mail += "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n";
    mail += "--outer\r\nContent-Type: multipart/related; boundary=\"related\"\r\n\r\n";
    mail += "--related\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    mail += html.toUtf8() + "\r\n";
    mail += "--related\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n";
    mail += "Content-ID: <logo@arelion.example>\r\nContent-Disposition: inline\r\n\r\n";
    mail += logoPng().toBase64() + "\r\n--related--\r\n";
    mail += "--outer\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n";
    mail += calendar + "\r\n--outer--\r\n";
    return mail;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == colour ? 1 : 0;
    }
    return count;
}

} // namespace

class TestMaintenanceDetail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QTcpServer m_remote;  // stands for the provider's web server
    int m_connections = 0;
    qint64 m_maintenanceId = 0;
    qint64 m_notificationId = 0;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QPointer<NoticeViewer> m_viewer;

    [[nodiscard]] MaintenanceDetails *details() const
    {
        return m_window->pane(MainWindow::MaintenancesPane)->findChild<MaintenanceDetails *>();
    }

    void selectAndWaitForDetails(qint64 id)
    {
        QSignalSpy shown(details(), &MaintenanceDetails::shown);
        // Selected already, selecting again would change nothing: start from no selection.
        m_window->pane(MainWindow::MaintenancesPane)->view()->clearSelection();
        m_window->selectMaintenance(id);
        QCOMPARE(m_window->pane(MainWindow::MaintenancesPane)->selectedIds(), QList<qint64>{id});
        QVERIFY(shown.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("NocDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maintenancedetail"));
        QVERIFY(m_remote.listen(QHostAddress::LocalHost, 0));
        connect(&m_remote, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_remote.nextPendingConnection()) {
                ++m_connections;
                // Answer like a web server would, so a client that did connect gets its image.
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + logoPng());
                    socket->disconnectFromHost();
                });
            }
        });

        m_path = m_dir.filePath(QStringLiteral("detail.sqlite"));
        Store store = Store::open(m_path, QStringLiteral("setup"));
        const qint64 provider = store.addProvider({0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {}, {}, {}});
        const qint64 site = store.addSite({0, QStringLiteral("FRA1"), {}, {}});
        store.addCircuit({0, provider, QStringLiteral("IC-1"), {}, site, 0, {}});
        MailPipeline pipeline(store, QStringLiteral("mail"));
        const MailResult r = pipeline.ingest(htmlNotice(m_remote.serverPort(), QStringLiteral("CHG-HTML"),
                                                        QStringLiteral("chg-html@arelion.com")),
                                             MailRouting{});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.maintenanceIds.size(), 1);
        m_maintenanceId = r.maintenanceIds.constFirst();
        m_notificationId = r.notificationId;
        MaintenanceNote note;
        note.author = QStringLiteral("alice");
        note.text = QStringLiteral("Field team on site from 01:30");
        store.addNote(m_maintenanceId, note);
        store.setAcknowledged({m_maintenanceId}, true, QStringLiteral("alice"));
        store.setAcknowledged({m_maintenanceId}, false, QStringLiteral("bob"));

        m_controller = std::make_unique<ConsoleController>(m_path, QStringLiteral("tester"));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1440, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy refreshed(m_controller.get(), &ConsoleController::refreshed);
        m_controller->refreshAll();
        QVERIFY(refreshed.wait(10000));
        m_window->showPane(MainWindow::MaintenancesPane);
    }

    void cleanupTestCase()
    {
        delete m_viewer;
        m_window.reset();
        m_controller.reset();
    }

    void detailShowsHistoryNoticesAndNotes()
    {
        selectAndWaitForDetails(m_maintenanceId);
        const QString html = m_window->pane(MainWindow::MaintenancesPane)->detailPanel()->toHtml();
        const QString text = m_window->pane(MainWindow::MaintenancesPane)->detailPanel()->toPlainText();
        QVERIFY2(html.contains(QStringLiteral("nocdesk-notice:%1").arg(m_notificationId)), qPrintable(html));
        QVERIFY2(text.contains(QLatin1String("IC-1: Outage at FRA1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Acknowledged")) && text.contains(QLatin1String("(alice)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Acknowledgement removed")) && text.contains(QLatin1String("(bob)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Field team on site from 01:30")), qPrintable(text));
    }

    // The history, notes and notices read in the zone the pane shows: the UTC toggle turns
    // them to UTC with the start and end, and back.
    void detailFollowsTheUtcToggle()
    {
        selectAndWaitForDetails(m_maintenanceId);
        PaneWidget *pane = m_window->pane(MainWindow::MaintenancesPane);
        const auto historyLines = [pane] {
            const QString text = pane->detailPanel()->toPlainText();
            return text.mid(text.indexOf(QLatin1String("History")));
        };
        QVERIFY2(historyLines().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d CES?T"))), qPrintable(historyLines()));
        QVERIFY(!historyLines().contains(QLatin1String(" UTC")));
        auto *utc = m_window->findChild<QAction *>(QStringLiteral("timesInUtc"));
        QVERIFY(utc);
        QSignalSpy shown(details(), &MaintenanceDetails::shown);
        utc->setChecked(true);
        QVERIFY(shown.wait(10000));
        QVERIFY2(historyLines().contains(QLatin1String(" UTC")), qPrintable(historyLines()));
        QVERIFY2(!historyLines().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d CES?T"))), qPrintable(historyLines()));
        utc->setChecked(false);
        QVERIFY(shown.wait(10000));
        QVERIFY(!historyLines().contains(QLatin1String(" UTC")));
    }

    void htmlNoticeOpensWithoutAnyRequest()
    {
        selectAndWaitForDetails(m_maintenanceId);
        m_viewer = details()->openNotice(m_notificationId);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->htmlView() != nullptr, 10000);
        SafeMailBrowser *browser = m_viewer->htmlView();
        m_viewer->resize(760, 600);
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer));
        // Laid out and painted: every resource the HTML names has been asked for by now.
        const QImage shot = m_viewer->grab().toImage();

        // What the document asked for and did not get.
        const QString remote = QStringLiteral("http://127.0.0.1:%1/").arg(m_remote.serverPort());
        const QList<QUrl> blocked = browser->blockedUrls();
        QVERIFY2(blocked.contains(QUrl(remote + QStringLiteral("pixel.png?reader=noc"))), qPrintable(QDebug::toString(blocked)));
        QVERIFY2(blocked.contains(QUrl(remote + QStringLiteral("import.css"))), qPrintable(QDebug::toString(blocked)));
        QVERIFY2(blocked.contains(QUrl(remote + QStringLiteral("bg.png"))), qPrintable(QDebug::toString(blocked)));
        QVERIFY2(blocked.contains(QUrl(QStringLiteral("file:///etc/hostname"))), qPrintable(QDebug::toString(blocked)));
        QVERIFY(m_viewer->findChild<QLabel *>(QStringLiteral("remoteContentBlocked"))->isVisible());

        // The mail's own logo is shown: the resource is the image, and its colour is on screen.
        const QImage logo = browser->document()->resource(QTextDocument::ImageResource,
                                                          QUrl(QStringLiteral("cid:logo@arelion.example"))).value<QImage>();
        QCOMPARE(logo.size(), QSize(48, 24));
        QVERIFY2(pixelsOf(shot, kLogoColour) >= 48 * 24 / 2, "the inline logo is not on screen");

        // Nothing reached the "provider's" server, even given time.
        QTest::qWait(500);
        QCOMPARE(m_connections, 0);
        QVERIFY(!m_remote.hasPendingConnections());

        // The server does see a client that asks: the check above could have failed.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(remote + QStringLiteral("pixel.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(m_connections, 1);
        delete reply;
    }

    // A click on a link shows the whole URL first; cancelled, nothing opens and the mail stays.
    void linksAreNeverFollowedByThemselves()
    {
        QVERIFY(m_viewer);
        SafeMailBrowser *browser = m_viewer->htmlView();
        QVERIFY(!browser->openLinks() && !browser->openExternalLinks());
        const QUrl portal(QStringLiteral("https://portal.arelion.example/chg/CHG-HTML"));
        // Shared: should no box appear, the timer fires after this function returned.
        auto asked = std::make_shared<QString>();
        QTimer::singleShot(0, this, [asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *asked = box->text();
                box->reject();
            }
        });
        Q_EMIT browser->anchorClicked(portal);
        QVERIFY2(asked->contains(portal.toString()), qPrintable(*asked));
        QVERIFY(browser->source().isEmpty());
        QVERIFY(browser->toPlainText().contains(QLatin1String("Planned maintenance CHG-HTML")));
    }

    void headersTextPartsAndParsedJson()
    {
        QVERIFY(m_viewer);
        QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("noticeFrom"))->text(),
                 QStringLiteral("Arelion NOC <maintenance@arelion.com>"));
        QCOMPARE(m_viewer->findChild<QLabel *>(QStringLiteral("noticeSubject"))->text(),
                 QStringLiteral("Planned maintenance CHG-HTML"));
        QVERIFY(m_viewer->findChild<QLabel *>(QStringLiteral("noticeDate"))->text().contains(QLatin1String("1 Dec 2026")));
        QStringList tabs;
        for (int i = 0; i < m_viewer->tabs()->count(); ++i)
            tabs << m_viewer->tabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("HTML"), QStringLiteral("text/calendar"), QStringLiteral("Parsed")}));
        auto *calendar = qobject_cast<QPlainTextEdit *>(m_viewer->tabs()->widget(1));
        QVERIFY(calendar && calendar->toPlainText().contains(QLatin1String("X-MAINTNOTE-MAINTENANCE-ID:CHG-HTML")));

        // The parsed JSON is the store's, indented for reading.
        const Store store = Store::open(m_path, QStringLiteral("check-json"));
        const QList<Store::NoticeRecord> notices = store.maintenanceNotices(m_maintenanceId);
        QCOMPARE(notices.size(), 1);
        QVERIFY(!notices.constFirst().parsedJson.isEmpty());
        const QString shown = m_viewer->findChild<QPlainTextEdit *>(QStringLiteral("parsedJson"))->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("\n    ")), "not indented");
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()), QJsonDocument::fromJson(notices.constFirst().parsedJson));
        QVERIFY(shown.contains(QLatin1String("CHG-HTML")));
    }

    void screenshotOfTheDetailWithTheNoticeOpen()
    {
        QVERIFY(m_viewer);
        // The viewer is its own window: drawn over the main window where a window manager
        // would put it, so one picture shows both.
        const QImage window = m_window->grab().toImage();
        const QImage viewer = m_viewer->grab().toImage();
        QImage canvas = window.convertToFormat(QImage::Format_RGB32);
        {
            QPainter painter(&canvas);
            const QPoint at(canvas.width() - viewer.width() - 440, canvas.height() - viewer.height() - 60);
            painter.fillRect(QRect(at + QPoint(6, 6), viewer.size()), QColor(0, 0, 0, 70));
            painter.drawImage(at, viewer);
            painter.setPen(QColor(0x60, 0x60, 0x60));
            painter.drawRect(QRect(at, viewer.size()).adjusted(-1, -1, 0, 0));
        }
        const QString dir = QStringLiteral(NOCDESK_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(canvas.save(dir + QStringLiteral("/maintenance-detail.png")));
    }

    void noteEditPersistsWithAuthor()
    {
        selectAndWaitForDetails(m_maintenanceId);
        const Store store = Store::open(m_path, QStringLiteral("check-notes"));
        const QList<MaintenanceNote> before = store.notes(m_maintenanceId);
        QCOMPARE(before.size(), 1);
        const qint64 noteId = before.constFirst().id;
        QVERIFY(m_window->pane(MainWindow::MaintenancesPane)->detailPanel()->toHtml().contains(
            QStringLiteral("nocdesk-note:%1").arg(noteId)));

        QSignalSpy saved(details(), &MaintenanceDetails::noteSaved);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
            QCOMPARE(text->toPlainText(), QStringLiteral("Field team on site from 01:30"));
            text->setPlainText(QStringLiteral("Field team on site from 02:00, call Jana first"));
            auto *level = dialog->findChild<QComboBox *>(QStringLiteral("noteLevel"));
            level->setCurrentIndex(level->findData(int(MaintenanceNote::Level::Warning)));
            dialog->accept();
        });
        details()->editNote(noteId);
        QVERIFY(saved.wait(10000));

        const QList<MaintenanceNote> after = store.notes(m_maintenanceId);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().text, QStringLiteral("Field team on site from 02:00, call Jana first"));
        QCOMPARE(after.constFirst().level, MaintenanceNote::Level::Warning);
        QCOMPARE(after.constFirst().author, QStringLiteral("alice"));
        QCOMPARE(after.constFirst().editedBy, QStringLiteral("tester"));
        QVERIFY(after.constFirst().editedAt.isValid());
        // The replaced text is kept in the history.
        const Store::HistoryEntry last = store.maintenanceHistory(m_maintenanceId).constLast();
        QCOMPARE(last.action, QStringLiteral("note-edited"));
        QCOMPARE(last.actor, QStringLiteral("tester"));
        QCOMPARE(last.detail, QStringLiteral("Field team on site from 01:30"));
        // And the detail says who edited it.
        QTRY_VERIFY(m_window->pane(MainWindow::MaintenancesPane)->detailPanel()->toPlainText().contains(
            QLatin1String("edited by tester")));
    }

    void editingAMissingNoteIsAnError()
    {
        Store store = Store::open(m_path, QStringLiteral("check-missing"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.editNote(987654, MaintenanceNote::Level::Info, QStringLiteral("x"),
                                                            QStringLiteral("tester")));
    }

    void newMaintenanceIsAnnouncedAndClickSelectsIt()
    {
        TrayNotifier *tray = m_window->trayNotifier();
        QVERIFY(tray->watcher()->isPrimed());
        QVERIFY(tray->enabledAction()->isChecked());
        QSignalSpy alerts(tray->watcher(), &MaintenanceAlertWatcher::alertsReady);

        // A second notice arrives, as a fetch brings it: stored, then upserted into the model.
        Store store = Store::open(m_path, QStringLiteral("fetch"));
        MailPipeline pipeline(store, QStringLiteral("mail"));
        const MailResult r = pipeline.ingest(bcopMail(sampleNotice(QStringLiteral("CHG-NEW"))), MailRouting{});
        QCOMPARE(r.maintenanceIds.size(), 1);
        const qint64 id = r.maintenanceIds.constFirst();
        m_controller->maintenances()->upsert(store.maintenances({id}));

        QCOMPARE(alerts.size(), 1);
        QVERIFY2(tray->lastTitle().contains(QLatin1String("Arelion CHG-NEW")), qPrintable(tray->lastTitle()));
        QCOMPARE(tray->lastMaintenanceId(), id);
        // No tray offscreen: the message goes to the status bar.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("CHG-NEW")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        m_window->showPane(MainWindow::NotificationsPane);
        tray->activate();
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::MaintenancesPane));
        QCOMPARE(m_window->pane(MainWindow::MaintenancesPane)->selectedIds(), QList<qint64>{id});

        // Switched off in the menu: nothing more is announced, and the choice is saved.
        tray->enabledAction()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("notifications/trayEnabled")).toBool(), false);
        Maintenance cancelled = store.maintenances({id}).constFirst();
        cancelled.status = MaintenanceStatus::Cancelled;
        m_controller->maintenances()->upsert({cancelled});
        QCOMPARE(alerts.size(), 1);
        tray->enabledAction()->trigger();
    }
};

int main(int argc, char *argv[])
{
    // A fixed zone, so local time and UTC read differently in the detail.
    qputenv("TZ", "Europe/Berlin");
    QApplication app(argc, argv);
    TestMaintenanceDetail test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_maintenancedetail.moc"
