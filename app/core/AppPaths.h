#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace nocdesk {

// Where NocDesk keeps its store, and the command-line options both executables share for it.
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::AppPaths)
public:
    // Must run before any path is asked for: names the folders after the application.
    static void setApplicationIdentity(QCoreApplication &app);

    [[nodiscard]] static QString defaultDatabasePath();
    // The demo has its own file so trying the demo never touches real data.
    [[nodiscard]] static QString demoDatabasePath();

    // --database PATH and --demo.
    static void addStoreOptions(QCommandLineParser &parser);
    [[nodiscard]] static bool demoRequested(const QCommandLineParser &parser);
    [[nodiscard]] static QString databasePath(const QCommandLineParser &parser);
};

} // namespace nocdesk
