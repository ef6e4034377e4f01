#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace nocdesk {

// Writes realistic device syslog lines, RFC 3164 framed the way devices send them, in the
// formats of Cisco IOS, NX-OS and IOS-XR, Juniper Junos, Arista EOS and Huawei VRP: interface
// and line-protocol changes, BGP and OSPF neighbor changes, logins, config commits,
// environment alarms. The same seed gives the same lines, for benchmarks and tests.
class SyslogGenerator
{
public:
    explicit SyslogGenerator(quint32 seed = 1, int devices = 200);

    [[nodiscard]] QByteArray next(const QDateTime &now);
    // Appends the next line (without a line end) to out: a sender renders a whole chunk of
    // lines into one buffer, without a temporary per line or per field. The generator shares
    // the machine with the receiver it measures, so it has to cost little per line.
    void appendNext(QByteArray &out, const QDateTime &now);

private:
    struct Device
    {
        QByteArray name;
        int vendor = 0;
    };
    void appendInterface(QByteArray &out, int vendor);
    void appendAddress(QByteArray &out);

    // Formatting a date is the slowest part of a line: stamps are made once per second.
    struct Stamps
    {
        qint64 second = -1;
        QByteArray bsd;      // "Nov 21 18:49:29", day space-padded (RFC 3164)
        QByteArray withYear; // "2026 Nov 21 18:49:29" (NX-OS)
        QByteArray vrp;      // "2026-11-21 18:49:29" (Huawei VRP)
    };
    const Stamps &stampsFor(qint64 second);

    QRandomGenerator m_random;
    Stamps m_stamps;
    QList<Device> m_devices;
    quint64 m_sequence = 0;
};

} // namespace nocdesk
