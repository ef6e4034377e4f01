#pragma once

#include <QObject>
#include <QProcess>

namespace nocdesk {

// Live device syslog for the demo: runs `nocdesk-cli syslog-gen` against the console's own
// intake so the Live Events pane moves the way it does in a NOC. Stopped with the console.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    explicit DemoTraffic(QObject *parent = nullptr);
    ~DemoTraffic() override;

    // Returns false when nocdesk-cli is not beside this executable.
    bool start(quint16 udpPort, double linesPerSecond);

private:
    QProcess m_generator;
};

} // namespace nocdesk
