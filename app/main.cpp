// nocdesk: the operator console.
#include "AppPaths.h"
#include "ConsoleController.h"
#include "DemoTraffic.h"
#include "IntakeService.h"
#include "SettingsKeys.h"
#include "InventoryActions.h"
#include "InventoryController.h"
#include "KeychainSecretStore.h"
#include "MailActions.h"
#include "MailController.h"
#include "MainWindow.h"
#include "MetricsService.h"
#include "OperatorIdentity.h"
#include "StartupErrors.h"
#include "Store.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>

namespace {

// The demo starts from a fresh file each time so its maintenances are always past, running
// now and upcoming relative to today.
void removeDemoDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nocdesk::AppPaths::setApplicationIdentity(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("NocDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nocdesk.NocDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.nocdesk.NocDesk.svg")));
    nocdesk::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "NocDesk operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    nocdesk::AppPaths::addStoreOptions(parser);
    parser.process(app);

    const bool demo = nocdesk::AppPaths::demoRequested(parser);
    const QString path = nocdesk::AppPaths::databasePath(parser);
    if (demo && path == nocdesk::AppPaths::demoDatabasePath())
        removeDemoDatabase(path);

    bool seedDemo = false;
    try {
        // The GUI thread's own connection; it also creates and migrates the file before any
        // pool thread opens one.
        const nocdesk::Store store = nocdesk::Store::open(path, QStringLiteral("gui"));
        seedDemo = demo && store.tableCounts().value(QStringLiteral("maintenances")) == 0;
    } catch (const nocdesk::StoreError &e) {
        return nocdesk::reportStartupError(e);
    }

    nocdesk::ConsoleController controller(path, nocdesk::operatorName());
    nocdesk::MainWindow window(&controller);
    nocdesk::MailController mail(&controller, std::make_shared<nocdesk::KeychainSecretStore>());
    nocdesk::MailActions mailActions(&window, &mail);
    nocdesk::InventoryController inventory(&controller, std::make_shared<nocdesk::KeychainSecretStore>());
    nocdesk::InventoryActions inventoryActions(&window, &inventory);
    mail.reloadSources();
    mail.setScheduleEnabled(true);
    window.show();

    // The demo listens on free ports and feeds itself; a real console uses the configured ones.
    const QSettings settings;
    nocdesk::SyslogIntakeConfig intake;
    intake.address = QHostAddress(settings.value(nocdesk::settings::kIntakeAddress, QStringLiteral("127.0.0.1")).toString());
    intake.udpPort = demo ? 0 : quint16(settings.value(nocdesk::settings::kIntakeUdpPort, 5514).toUInt());
    intake.tcpPort = demo ? 0 : quint16(settings.value(nocdesk::settings::kIntakeTcpPort, 5514).toUInt());
    nocdesk::DemoTraffic traffic;
    if (demo || settings.value(nocdesk::settings::kIntakeEnabled, true).toBool()) {
        const QString error = controller.startIntake(intake);
        if (!error.isEmpty())
            window.statusBar()->showMessage(error);
        else if (demo)
            traffic.start(controller.intake()->udpPort(), 4);
    }
    // The /metrics endpoint is off unless the settings turn it on (README: Prometheus metrics).
    nocdesk::metrics::MetricsService metrics;
    const nocdesk::metrics::MetricsSettings metricsSettings = nocdesk::metrics::MetricsSettings::load(settings);
    if (metricsSettings.enabled) {
        const QString error = metrics.start(metricsSettings, path);
        window.statusBar()->showMessage(error.isEmpty()
            ? QCoreApplication::translate("main", "Serving metrics at %1").arg(metrics.url())
            : error);
    }
    if (seedDemo)
        controller.seedDemo();
    else
        controller.refreshAll();
    return app.exec();
}
