#include "IntakeService.h"

namespace nocdesk {

IntakeService::IntakeService(QString databasePath, SyslogIntakeConfig config, SyslogIntake::LineParser parser,
                             QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_config(config), m_parser(std::move(parser))
{
    m_thread.setObjectName(QStringLiteral("nocdesk-intake"));
}

IntakeService::~IntakeService() { stop(); }

QString IntakeService::start()
{
    if (m_running)
        return {};
    m_intake = new SyslogIntake(m_databasePath, m_config, m_parser);
    m_intake->moveToThread(&m_thread);
    connect(m_intake, &SyslogIntake::committed, this, &IntakeService::committed);
    connect(m_intake, &SyslogIntake::countsChanged, this, &IntakeService::countsChanged);
    connect(m_intake, &SyslogIntake::storeError, this, &IntakeService::storeError);
    connect(&m_thread, &QThread::finished, m_intake, &QObject::deleteLater);
    m_thread.start();

    QString error;
    QMetaObject::invokeMethod(m_intake, [this, &error] {
        error = m_intake->start();
        m_udpPort = m_intake->udpPort();
        m_tcpPort = m_intake->tcpPort();
    }, Qt::BlockingQueuedConnection);
    m_running = error.isEmpty();
    if (!m_running) {
        m_thread.quit();
        m_thread.wait();
        m_intake = nullptr;
    }
    return error;
}

void IntakeService::stop()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_intake, [this] { m_intake->stop(); }, Qt::BlockingQueuedConnection);
    m_final = m_intake->counters();
    m_thread.quit();
    m_thread.wait();
    m_intake = nullptr; // deleted by the thread's finished signal
    m_running = false;
}

SyslogIntakeCounters IntakeService::counters() const
{
    return m_intake ? m_intake->counters() : m_final;
}

} // namespace nocdesk
