#pragma once

#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace nocdesk {

// Exit codes of nocdesk-cli, stable for scripts.
enum CliExit : int {
    ExitOk = 0,
    ExitFailure = 1,      // the command ran and failed
    ExitParseError = 2,   // input could not be parsed (parse, parse-syslog)
    ExitDatabase = 3,     // the database cannot be opened: not ours, too new, unreadable
    ExitUsage = 64,       // wrong arguments (as sysexits' EX_USAGE)
};

// What a command gets: its own arguments, the output streams, and the store, opened only when
// the command asks for it (parsing commands never create a database file).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::CliContext)
public:
    CliContext(QString databasePath, bool demo, QStringList args, QTextStream &out, QTextStream &err);
    ~CliContext();

    [[nodiscard]] const QStringList &args() const { return m_args; }
    [[nodiscard]] QTextStream &out() const { return m_out; }
    [[nodiscard]] QTextStream &err() const { return m_err; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    // Opens (and migrates) the database on first use; throws StoreError.
    [[nodiscard]] Store &store();

private:
    QString m_databasePath;
    bool m_demo;
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<Store> m_store;
};

struct CliCommand
{
    QString name;
    QString synopsis;
    QString description;
    std::function<int(CliContext &)> run;
};

// Parses a command's own options (adding --help). Returns the exit code to end with when the
// command should not go on: after printing its help, or the error in its arguments.
[[nodiscard]] std::optional<int> parseCommandOptions(QCommandLineParser &parser, CliContext &context);

// Every command nocdesk-cli knows; a subsystem adds its commands here.
[[nodiscard]] QList<CliCommand> cliCommands();

// The whole CLI: parses the global options, picks the command, maps errors to exit codes.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace nocdesk
