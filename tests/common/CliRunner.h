#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs nocdesk-cli as scripts do: a real process, with HOME and the XDG folders inside the
// test's temporary folder so the user's data and settings are never touched.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runNocdeskCli(const QTemporaryDir &home, const QStringList &arguments,
                            const QProcessEnvironment &extra = {}, const QByteArray &stdinData = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NOCDESK_BINARY_DIR "/app/nocdesk-cli"), arguments);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
