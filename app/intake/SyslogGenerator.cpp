#include "SyslogGenerator.h"

#include <QLocale>

namespace nocdesk {

namespace {

enum Vendor { Ios, Nxos, Iosxr, Junos, Eos, Huawei, VendorCount };

const char *const kSites[] = {"fra1", "ams2", "lon3", "par1", "nyc4", "ash2", "chi1", "sjc1", "sin1", "tyo2"};

void appendNumber(QByteArray &out, quint64 value)
{
    char digits[20];
    char *end = digits + sizeof digits;
    char *p = end;
    do {
        *--p = char('0' + value % 10);
        value /= 10;
    } while (value);
    out.append(p, end - p);
}

void appendPri(QByteArray &out, int facility, int severity)
{
    out += '<';
    appendNumber(out, quint64(facility * 8 + severity));
    out += '>';
}

// ".mmm"
void appendMillis(QByteArray &out, int ms)
{
    const char text[4] = {'.', char('0' + ms / 100), char('0' + ms / 10 % 10), char('0' + ms % 10)};
    out.append(text, 4);
}

} // namespace

SyslogGenerator::SyslogGenerator(quint32 seed, int devices) : m_random(seed)
{
    for (int i = 0; i < devices; ++i) {
        const QByteArray site(kSites[i % int(std::size(kSites))]);
        const int vendor = i % VendorCount;
        const char *role = vendor == Nxos || vendor == Eos ? "leaf" : vendor == Huawei ? "agg" : "edge";
        m_devices.append({site + '-' + role + '-' + QByteArray::number(i / int(std::size(kSites)) + 1).rightJustified(2, '0'), vendor});
    }
}

void SyslogGenerator::appendInterface(QByteArray &out, int vendor)
{
    const quint32 a = m_random.bounded(4);
    const quint32 b = m_random.bounded(48);
    switch (vendor) {
    case Ios: out += "GigabitEthernet"; appendNumber(out, a); out += '/'; appendNumber(out, b); return;
    case Nxos: out += "Ethernet"; appendNumber(out, a); out += '/'; appendNumber(out, b); return;
    case Iosxr: out += "TenGigE0/"; appendNumber(out, a); out += "/0/"; appendNumber(out, b); return;
    case Junos: out += "xe-"; appendNumber(out, a); out += "/0/"; appendNumber(out, b); return;
    case Eos: out += "Ethernet"; appendNumber(out, b); return;
    case Huawei: out += "GigabitEthernet"; appendNumber(out, a); out += "/0/"; appendNumber(out, b); return;
    }
}

void SyslogGenerator::appendAddress(QByteArray &out)
{
    // Documentation ranges (RFC 5737): realistic, and never anybody's real peer.
    static const char *const prefixes[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    out += prefixes[m_random.bounded(3)];
    appendNumber(out, 1 + m_random.bounded(254));
}

const SyslogGenerator::Stamps &SyslogGenerator::stampsFor(qint64 second)
{
    if (second != m_stamps.second) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        const QLocale c = QLocale::c(); // month names in English whatever the locale
        m_stamps.second = second;
        m_stamps.bsd = c.toString(t, QStringLiteral("MMM")).toLatin1() + ' '
            + QByteArray::number(t.date().day()).rightJustified(2, ' ') + ' ' + c.toString(t, QStringLiteral("HH:mm:ss")).toLatin1();
        m_stamps.withYear = c.toString(t, QStringLiteral("yyyy MMM dd HH:mm:ss")).toLatin1();
        m_stamps.vrp = c.toString(t, QStringLiteral("yyyy-M-d HH:mm:ss")).toLatin1();
    }
    return m_stamps;
}

QByteArray SyslogGenerator::next(const QDateTime &now)
{
    QByteArray line;
    line.reserve(256);
    appendNext(line, now);
    return line;
}

void SyslogGenerator::appendNext(QByteArray &out, const QDateTime &now)
{
    const Device &device = m_devices.at(m_random.bounded(int(m_devices.size())));
    const qint64 msecs = now.toMSecsSinceEpoch();
    const qint64 second = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const int ms = int(msecs - second * 1000);
    const Stamps &stamps = stampsFor(second);
    const bool down = m_random.bounded(2) == 0;
    const int pick = m_random.bounded(4);
    const quint64 seq = ++m_sequence;
    const QByteArray &name = device.name;
    // "Mmm dd hh:mm:ss host "
    auto header = [&] {
        out += stamps.bsd;
        out += ' ';
        out += name;
        out += ' ';
    };

    // Each vendor's own framing, as the device sends it (no relay in between).
    switch (device.vendor) {
    case Ios: {
        // <PRI>seq: host: *timestamp: %FACILITY-SEVERITY-MNEMONIC: text
        appendPri(out, 23, pick == 1 ? 3 : 5);
        appendNumber(out, seq);
        out += ": ";
        out += name;
        out += ": *";
        out += stamps.bsd;
        appendMillis(out, ms);
        out += " UTC: ";
        if (pick == 0) {
            out += "%LINEPROTO-5-UPDOWN: Line protocol on Interface ";
            appendInterface(out, Ios);
            out += down ? ", changed state to down" : ", changed state to up";
        } else if (pick == 1) {
            out += "%LINK-3-UPDOWN: Interface ";
            appendInterface(out, Ios);
            out += down ? ", changed state to down" : ", changed state to up";
        } else if (pick == 2) {
            out += "%BGP-5-ADJCHANGE: neighbor ";
            appendAddress(out);
            out += down ? " Down BGP Notification sent" : " Up";
        } else {
            out += "%SYS-5-CONFIG_I: Configured from console by noc-automation on vty0 (198.51.100.20)";
        }
        return;
    }
    case Nxos: {
        // <PRI>yyyy Mmm dd hh:mm:ss host %FACILITY-SEVERITY-MNEMONIC: text
        appendPri(out, 23, pick == 3 ? 2 : 5);
        out += stamps.withYear;
        out += ' ';
        out += name;
        out += ' ';
        if (pick <= 1) {
            out += down ? "%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface " : "%ETHPORT-5-IF_UP: Interface ";
            appendInterface(out, Nxos);
            out += down ? " is down (Link failure)" : " is up in mode access";
        } else if (pick == 2) {
            out += "%BGP-5-ADJCHANGE:  bgp-";
            appendNumber(out, 64512 + m_random.bounded(1000));
            out += " [";
            appendNumber(out, seq);
            out += "] (default) neighbor ";
            appendAddress(out);
            out += down ? " Down - holdtimer expired error" : " Up";
        } else {
            out += "%PLATFORM-2-PS_FAIL: Power supply 2 failed or shutdown (Serial number ABC1234X)";
        }
        return;
    }
    case Iosxr: {
        // <PRI>seq: host node:timestamp : process[pid]: %CATEGORY-GROUP-SEVERITY-MNEMONIC : text
        appendPri(out, 23, pick <= 1 ? 3 : 5);
        appendNumber(out, seq);
        out += ": ";
        out += name;
        out += " RP/0/RSP0/CPU0:";
        out += stamps.bsd;
        appendMillis(out, ms);
        out += " : ";
        if (pick <= 1) {
            out += "ifmgr[253]: %PKT_INFRA-LINK-3-UPDOWN : Interface ";
            appendInterface(out, Iosxr);
            out += down ? ", changed state to Down" : ", changed state to Up";
        } else if (pick == 2) {
            out += "bgp[1063]: %ROUTING-BGP-5-ADJCHANGE : neighbor ";
            appendAddress(out);
            out += down ? " Down - BGP Notification sent, hold time expired (VRF: default)" : " Up (VRF: default)";
        } else {
            out += "ospf[1018]: %ROUTING-OSPF-5-ADJCHG : Process 1, Nbr ";
            appendAddress(out);
            out += " on ";
            appendInterface(out, Iosxr);
            out += down ? " in area 0 from FULL to DOWN, Neighbor Down: dead timer expired"
                        : " in area 0 from LOADING to FULL, Loading Done";
        }
        return;
    }
    case Junos: {
        // <PRI>Mmm dd hh:mm:ss host process[pid]: EVENT_TAG: text
        if (pick <= 1) {
            appendPri(out, 3, 4);
            header();
            out += down ? "mib2d[1745]: SNMP_TRAP_LINK_DOWN: ifIndex " : "mib2d[1745]: SNMP_TRAP_LINK_UP: ifIndex ";
            appendNumber(out, 500 + m_random.bounded(100));
            out += down ? ", ifAdminStatus up(1), ifOperStatus down(2), ifName " : ", ifAdminStatus up(1), ifOperStatus up(1), ifName ";
            appendInterface(out, Junos);
        } else if (pick == 2) {
            appendPri(out, 3, 4);
            header();
            out += "rpd[1408]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer ";
            appendAddress(out);
            out += " (External AS ";
            appendNumber(out, 64512 + m_random.bounded(1000));
            out += down ? ") changed state from Established to Idle (event HoldTime) (instance master)"
                        : ") changed state from OpenConfirm to Established (event RecvKeepAlive) (instance master)";
        } else {
            appendPri(out, 23, 5);
            header();
            out += "mgd[4102]: UI_COMMIT_COMPLETED: commit complete";
        }
        return;
    }
    case Eos: {
        // <PRI>Mmm dd hh:mm:ss host Agent: %FACILITY-SEVERITY-MNEMONIC: text
        appendPri(out, 23, pick == 3 ? 4 : 5);
        header();
        if (pick <= 1) {
            out += "Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface ";
            appendInterface(out, Eos);
            out += down ? ", changed state to down" : ", changed state to up";
        } else if (pick == 2) {
            out += "Bgp: %BGP-5-ADJCHANGE: peer ";
            appendAddress(out);
            out += " (VRF default AS ";
            appendNumber(out, 64512 + m_random.bounded(1000));
            out += down ? ") old state Established event HoldTimerExpired new state Idle"
                        : ") old state OpenConfirm event RecvKeepAlive new state Established";
        } else {
            out += "Lldp: %LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId 001c.7300.1234 and portId \"";
            appendInterface(out, Eos);
            out += "\" added on interface ";
            appendInterface(out, Eos);
        }
        return;
    }
    case Huawei: {
        // <PRI>yyyy-m-d hh:mm:ss.ms host %%01MODULE/severity/DIGEST(l)[seq]:text
        appendPri(out, 3, 5);
        out += stamps.vrp;
        appendMillis(out, ms);
        out += ' ';
        out += name;
        out += ' ';
        if (pick <= 1) {
            out += "%%01IFNET/4/IF_STATE(l)[";
            appendNumber(out, seq);
            out += "]:Interface ";
            appendInterface(out, Huawei);
            out += down ? " has turned into DOWN state." : " has turned into UP state.";
        } else if (pick == 2) {
            out += "%%01BGP/3/STATE_CHG_UPDOWN(l)[";
            appendNumber(out, seq);
            out += "]:The status of the peer ";
            appendAddress(out);
            out += down ? " changed from ESTABLISHED to IDLE. (InstanceName=Public, StateChangeReason=Hold Timer Expired)"
                        : " changed from OPENCONFIRM to ESTABLISHED. (InstanceName=Public, StateChangeReason=Up)";
        } else {
            out += "%%01SHELL/5/CMDRECORD(s)[";
            appendNumber(out, seq);
            out += "]:Recorded command information. (Task=VT0, Ip=198.51.100.20, VpnName=, User=noc, "
                   "AuthenticationMethod=\"Local-user\", Command=\"display interface brief\")";
        }
        return;
    }
    }
}

} // namespace nocdesk
