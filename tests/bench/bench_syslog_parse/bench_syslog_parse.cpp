// bench_syslog_parse [--lines N] [--rounds R] [FILE]
// Parses N generated device lines (a mix of IOS, NX-OS, IOS-XR, Junos, EOS, Huawei VRP and
// Linux lines, about 85% of them matching a rule) or the lines of FILE, R rounds, on one
// thread, and prints lines per second for each round and the best one.
#include "syslog/syslogparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace nocdesk::syslog;

namespace {

// CPU time of this thread: the machine is shared, so wall-clock rates understate one core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QList<QByteArray> generate(int count)
{
    static const char *const templates[] = {
        "<187>%SEQ%: core-%H%: %MON% %DAY% %T%.%MS% UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/%P%/%Q%, changed state to down",
        "<189>%SEQ%: core-%H%: %MON% %DAY% %T%.%MS% UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/%P%/%Q%, changed state to up",
        "<189>%SEQ%: pe-%H%: *%MON% %DAY% %T%: %BGP-5-ADJCHANGE: neighbor 10.%P%.%Q%.1 vpn vrf CUST-%P% Down BGP Notification sent",
        "<189>%SEQ%: pe-%H%: %MON% %DAY% %T%.%MS%: %OSPF-5-ADJCHG: Process 1, Nbr 10.255.%P%.%Q% on Vlan%P% from LOADING to FULL, Loading Done",
        "<189>%SEQ%: pe-%H%: %MON% %DAY% %T%.%MS%: %SYS-5-CONFIG_I: Configured from console by ops%P% on vty0 (192.0.2.%Q%)",
        "<189>2025 %MON% %DAY% %T% leaf-%H% %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/%Q% is down (Link failure)",
        "<189>2025 %MON% %DAY% %T% leaf-%H% %ETHPORT-5-IF_UP: Interface Ethernet1/%Q% is up in mode trunk",
        "<187>%SEQ%: xr-%H% LC/0/%P%/CPU0:%MON% %DAY% %T%.%MS% : ifmgr[214]: %PKT_INFRA-LINK-3-UPDOWN : Interface TenGigE0/%P%/0/%Q%, changed state to Down",
        "<189>%SEQ%: xr-%H% RP/0/RSP0/CPU0:%MON% %DAY% %T%.%MS% UTC: bgp[1051]: %ROUTING-BGP-5-ADJCHANGE : neighbor 192.0.2.%Q% Up (VRF: default) (AS: 6450%P%)",
        "<28>%MON% %DAY% %T% mx-%H% mib2d[2424]: SNMP_TRAP_LINK_DOWN: ifIndex 5%Q%, ifAdminStatus up(1), ifOperStatus down(2), ifName xe-0/%P%/%Q%",
        "<28>%MON% %DAY% %T% mx-%H% rpd[2902]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 198.51.100.%Q% (External AS 650%P%) changed state from Established to Idle (event HoldTime) (instance master)",
        "<189>%MON% %DAY% %T% mx-%H% mgd[7729]: UI_COMMIT: User 'ops%P%' requested 'commit' operation (comment: change %Q%)",
        "<28>%MON% %DAY% %T% mx-%H% rpd[2902]: RPD_OSPF_NBRDOWN: OSPF neighbor 10.1.%P%.%Q% (realm ospf-v2 ge-0/0/%P%.0 area 0.0.0.0) state changed from Full to Down due to InActiveTimer (event reason: neighbor was inactive and declared dead)",
        "<165>%MON% %DAY% %T% spine-%H% Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet%Q%, changed state to down",
        "<13>%MON% %DAY% %T% spine-%H% Bgp: %BGP-5-ADJCHANGE: peer 10.0.%P%.%Q% (VRF default AS 6510%P%) old state Established event Stop new state Idle",
        "<188>%MON% %DAY% 2025 %T% ce-%H% %%01IFNET/4/IF_STATE(l)[%Q%]:Interface 10GE1/0/%Q% has turned into DOWN state.",
        "<38>%MON% %DAY% %T% bastion-%H% sshd[4%Q%]: Failed password for invalid user admin%P% from 203.0.113.%Q% port 5%Q%22 ssh2",
        "<30>%MON% %DAY% %T% srv-%H% systemd[1]: Started Session %Q% of user ops.",
        "<189>%SEQ%: core-%H%: %MON% %DAY% %T%.%MS% UTC: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ops] [Source: 192.0.2.%Q%] [localport: 22] at %T% UTC %MON% %DAY% 2025",
        "<29>%MON% %DAY% %T% mx-%H% rpd[1167]: RPD_ISIS_ADJDOWN: IS-IS lost L2 adjacency to p%Q%.lab on ae%P%.0, reason: Aged Out",
    };
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QRandomGenerator rng(42);
    QList<QByteArray> out;
    out.reserve(count);
    const int nTemplates = int(sizeof(templates) / sizeof(templates[0]));
    for (int i = 0; i < count; ++i) {
        QByteArray line(templates[rng.bounded(nTemplates)]);
        const int day = rng.bounded(1, 29);
        line.replace("%SEQ%", QByteArray::number(rng.bounded(1, 999999)));
        line.replace("%H%", QByteArray::number(rng.bounded(1, 200)));
        line.replace("%MON%", months[rng.bounded(12)]);
        line.replace("%DAY%", QByteArray::number(day).rightJustified(2, ' '));
        const QByteArray clock = QByteArray::number(rng.bounded(24)).rightJustified(2, '0') + ':'
            + QByteArray::number(rng.bounded(60)).rightJustified(2, '0') + ':'
            + QByteArray::number(rng.bounded(60)).rightJustified(2, '0');
        line.replace("%T%", clock);
        line.replace("%MS%", QByteArray::number(rng.bounded(1000)).rightJustified(3, '0'));
        line.replace("%P%", QByteArray::number(rng.bounded(1, 9)));
        line.replace("%Q%", QByteArray::number(rng.bounded(1, 48)));
        out.append(line);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int count = 1000000;
    int rounds = 3;
    QString file;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lines") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = args[++i].toInt();
        else
            file = args[i];
    }

    QList<QByteArray> lines;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << QCoreApplication::translate("bench_syslog_parse", "cannot read %1").arg(file) << '\n';
            return 1;
        }
        while (!f.atEnd()) {
            QByteArray l = f.readLine();
            if (l.endsWith('\n'))
                l.chop(1);
            lines.append(l);
        }
    } else {
        lines = generate(count);
    }
    qint64 bytes = 0;
    for (const QByteArray &l : lines)
        bytes += l.size();

    ParserOptions options;
    options.referenceNow = QDateTime(QDate(2025, 12, 31), QTime(12, 0), QTimeZone::utc());
    QElapsedTimer setup;
    setup.start();
    const SyslogParser parser(SyslogRuleSet::defaults(), options);
    out << "rules: " << parser.rules().ruleCount() << " loaded and compiled in " << setup.elapsed() << " ms\n";
    out << "lines: " << lines.size() << " (" << bytes / lines.size() << " bytes on average)"
        << (file.isEmpty() ? QStringLiteral(", generated") : QStringLiteral(", from ") + file) << '\n';

    double best = 0;
    double bestCpu = 0;
    QMap<QString, int> perOs;
    int parsed = 0;
    int withKind = 0;
    for (int r = 0; r < rounds; ++r) {
        parsed = 0;
        withKind = 0;
        perOs.clear();
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        for (const QByteArray &l : lines) {
            const SyslogMessage m = parser.parse(l);
            parsed += m.parsed ? 1 : 0;
            withKind += m.kind.isEmpty() ? 0 : 1;
            if (r == 0)
                ++perOs[m.os];
        }
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpu0;
        const double rate = double(lines.size()) * 1e9 / double(ns);
        const double cpuRate = double(lines.size()) * 1e9 / double(qMax<qint64>(1, cpuNs));
        best = qMax(best, rate);
        bestCpu = qMax(bestCpu, cpuRate);
        out << "round " << r + 1 << ": " << qRound64(rate) << " lines/s wall (" << QString::number(ns / 1e6, 'f', 1)
            << " ms), " << qRound64(cpuRate) << " lines per CPU-second\n";
        if (r == 0) {
            for (auto it = perOs.cbegin(); it != perOs.cend(); ++it)
                out << "  os " << (it.key().isEmpty() ? QStringLiteral("(unparsed)") : it.key()) << ": " << it.value() << '\n';
        }
    }
    out << "parsed " << parsed << ", with a kind " << withKind << '\n';
    out << "best: " << qRound64(best) << " lines/s wall-clock, " << qRound64(bestCpu)
        << " lines per CPU-second, one thread\n";
    return 0;
}
