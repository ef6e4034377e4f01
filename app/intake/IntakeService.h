#pragma once

#include "SyslogIntake.h"

#include <QObject>
#include <QThread>

namespace nocdesk {

// Runs a SyslogIntake on its own thread: start() binds the sockets there and returns once they
// are listening (or why they are not); stop() drains and commits, then ends the thread.
class IntakeService : public QObject
{
    Q_OBJECT
public:
    IntakeService(QString databasePath, SyslogIntakeConfig config, SyslogIntake::LineParser parser,
                  QObject *parent = nullptr);
    ~IntakeService() override;

    // Empty on success, else what went wrong (port taken, address not local...).
    QString start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] quint16 udpPort() const { return m_udpPort; }
    [[nodiscard]] quint16 tcpPort() const { return m_tcpPort; }
    [[nodiscard]] SyslogIntakeCounters counters() const;

Q_SIGNALS:
    // Delivered on the service's thread (queued from the intake thread).
    void committed(qint64 firstId, qint64 lastId);
    void countsChanged(const QList<qint64> &ids);
    void storeError(const QString &message);

private:
    QString m_databasePath;
    SyslogIntakeConfig m_config;
    SyslogIntake::LineParser m_parser;
    QThread m_thread;
    SyslogIntake *m_intake = nullptr;
    bool m_running = false;
    quint16 m_udpPort = 0;
    quint16 m_tcpPort = 0;
    SyslogIntakeCounters m_final; // what the intake counted when it stopped
};

} // namespace nocdesk
