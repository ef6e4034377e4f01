#include "DemoTraffic.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nocdesk {

DemoTraffic::DemoTraffic(QObject *parent) : QObject(parent) {}

DemoTraffic::~DemoTraffic()
{
    if (m_generator.state() != QProcess::NotRunning) {
        m_generator.terminate();
        if (!m_generator.waitForFinished(2000))
            m_generator.kill();
        m_generator.waitForFinished(2000);
    }
}

bool DemoTraffic::start(quint16 udpPort, double linesPerSecond)
{
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/nocdesk-cli");
    if (!QFileInfo(cli).isExecutable())
        return false;
    m_generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_generator.setStandardOutputFile(QProcess::nullDevice());
    // A day of traffic; the console ends it sooner.
    m_generator.start(cli, {QStringLiteral("syslog-gen"), QStringLiteral("--rate"), QString::number(linesPerSecond),
                            QStringLiteral("--duration"), QStringLiteral("86400"), QStringLiteral("--seed"),
                            QString::number(QCoreApplication::applicationPid()), QStringLiteral("--target"),
                            QStringLiteral("127.0.0.1:%1").arg(udpPort)});
    return m_generator.waitForStarted(5000);
}

} // namespace nocdesk
