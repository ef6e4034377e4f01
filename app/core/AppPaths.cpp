#include "AppPaths.h"

#include <QCommandLineParser>
#include <QStandardPaths>

namespace nocdesk {

namespace {
const QString kDatabaseOption = QStringLiteral("database");
const QString kDemoOption = QStringLiteral("demo");
} // namespace

void AppPaths::setApplicationIdentity(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("NocDesk"));
    app.setOrganizationDomain(QStringLiteral("nocdesk.org"));
    app.setApplicationName(QStringLiteral("nocdesk"));
    app.setApplicationVersion(QStringLiteral(NOCDESK_VERSION));
}

QString AppPaths::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/nocdesk.sqlite");
}

QString AppPaths::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

void AppPaths::addStoreOptions(QCommandLineParser &parser)
{
    parser.addOption({kDatabaseOption,
                      tr("Use the database at <path> instead of the one in the user's data folder."),
                      tr("path")});
    parser.addOption({kDemoOption, tr("Open a separate demo database filled with sample data.")});
}

bool AppPaths::demoRequested(const QCommandLineParser &parser) { return parser.isSet(kDemoOption); }

QString AppPaths::databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(kDatabaseOption))
        return parser.value(kDatabaseOption);
    return demoRequested(parser) ? demoDatabasePath() : defaultDatabasePath();
}

} // namespace nocdesk
