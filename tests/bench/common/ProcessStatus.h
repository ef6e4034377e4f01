#pragma once

#include <QByteArray>
#include <QFile>

namespace nocdesk::bench {

// A size line of /proc/self/status in MiB, e.g. "VmHWM:" (peak RSS) or "VmRSS:"; 0 when absent.
inline double processStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace nocdesk::bench
