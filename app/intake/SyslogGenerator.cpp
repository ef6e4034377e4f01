#include "SyslogGenerator.h"

#include <QLocale>

namespace nocdesk {

namespace {

enum Vendor { Ios, Nxos, Iosxr, Junos, Eos, Huawei, VendorCount };

const char *const kSites[] = {"fra1", "ams2", "lon3", "par1", "nyc4", "ash2", "chi1", "sjc1", "sin1", "tyo2"};

QByteArray pri(int facility, int severity) { return '<' + QByteArray::number(facility * 8 + severity) + '>'; }

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

QByteArray SyslogGenerator::interfaceName(int vendor)
{
    const QByteArray a = QByteArray::number(m_random.bounded(4));
    const QByteArray b = QByteArray::number(m_random.bounded(48));
    switch (vendor) {
    case Ios: return "GigabitEthernet" + a + "/" + b;
    case Nxos: return "Ethernet" + a + "/" + b;
    case Iosxr: return "TenGigE0/" + a + "/0/" + b;
    case Junos: return "xe-" + a + "/0/" + b;
    case Eos: return "Ethernet" + b;
    case Huawei: return "GigabitEthernet" + a + "/0/" + b;
    }
    return {};
}

QByteArray SyslogGenerator::address()
{
    // Documentation ranges (RFC 5737): realistic, and never anybody's real peer.
    static const char *const prefixes[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    return QByteArray(prefixes[m_random.bounded(3)]) + QByteArray::number(1 + m_random.bounded(254));
}

const SyslogGenerator::Stamps &SyslogGenerator::stampsFor(const QDateTime &t)
{
    const qint64 second = t.toSecsSinceEpoch();
    if (second != m_stamps.second) {
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
    const Device &device = m_devices.at(m_random.bounded(int(m_devices.size())));
    const QDateTime t = now.toUTC();
    const Stamps &stamps = stampsFor(t);
    const QByteArray ms = '.' + QByteArray::number(t.time().msec()).rightJustified(3, '0');
    const QByteArray &stamp = stamps.bsd;
    const QByteArray millis = stamps.bsd + ms;
    const QByteArray header = stamp + ' ' + device.name + ' ';
    const bool down = m_random.bounded(2) == 0;
    const int pick = m_random.bounded(4);
    const QByteArray seq = QByteArray::number(++m_sequence);
    const QByteArray peer = address();
    const QByteArray asn = QByteArray::number(64512 + m_random.bounded(1000));

    // Each vendor's own framing, as the device sends it (no relay in between).
    switch (device.vendor) {
    case Ios: {
        // <PRI>seq: host: *timestamp: %FACILITY-SEVERITY-MNEMONIC: text
        const QByteArray prefix = pri(23, 5) + seq + ": " + device.name + ": *" + millis + " UTC: ";
        if (pick == 0)
            return prefix + "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + interfaceName(Ios) + ", changed state to " + (down ? "down" : "up");
        if (pick == 1)
            return pri(23, 3) + seq + ": " + device.name + ": *" + millis + " UTC: %LINK-3-UPDOWN: Interface " + interfaceName(Ios) + ", changed state to " + (down ? "down" : "up");
        if (pick == 2)
            return prefix + "%BGP-5-ADJCHANGE: neighbor " + peer + (down ? " Down BGP Notification sent" : " Up");
        return prefix + "%SYS-5-CONFIG_I: Configured from console by noc-automation on vty0 (198.51.100.20)";
    }
    case Nxos: {
        // <PRI>yyyy Mmm dd hh:mm:ss host %FACILITY-SEVERITY-MNEMONIC: text
        const QByteArray prefix = pri(23, 5) + stamps.withYear + ' ' + device.name + ' ';
        if (pick <= 1)
            return prefix + (down ? QByteArray("%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface " + interfaceName(Nxos) + " is down (Link failure)")
                                  : QByteArray("%ETHPORT-5-IF_UP: Interface " + interfaceName(Nxos) + " is up in mode access"));
        if (pick == 2)
            return prefix + "%BGP-5-ADJCHANGE:  bgp-" + asn + " [" + seq + "] (default) neighbor " + peer + (down ? " Down - holdtimer expired error" : " Up");
        return pri(23, 2) + stamps.withYear + ' ' + device.name
            + " %PLATFORM-2-PS_FAIL: Power supply 2 failed or shutdown (Serial number ABC1234X)";
    }
    case Iosxr: {
        // <PRI>seq: host node:timestamp : process[pid]: %CATEGORY-GROUP-SEVERITY-MNEMONIC : text
        const QByteArray prefix = pri(23, 5) + seq + ": " + device.name + " RP/0/RSP0/CPU0:" + millis + " : ";
        if (pick <= 1)
            return pri(23, 3) + seq + ": " + device.name + " RP/0/RSP0/CPU0:" + millis + " : ifmgr[253]: %PKT_INFRA-LINK-3-UPDOWN : Interface "
                + interfaceName(Iosxr) + ", changed state to " + (down ? "Down" : "Up");
        if (pick == 2)
            return prefix + "bgp[1063]: %ROUTING-BGP-5-ADJCHANGE : neighbor " + peer + (down ? " Down - BGP Notification sent, hold time expired (VRF: default)" : " Up (VRF: default)");
        return prefix + "ospf[1018]: %ROUTING-OSPF-5-ADJCHG : Process 1, Nbr " + peer + " on " + interfaceName(Iosxr) + " in area 0 from "
            + (down ? "FULL to DOWN, Neighbor Down: dead timer expired" : "LOADING to FULL, Loading Done");
    }
    case Junos: {
        // <PRI>Mmm dd hh:mm:ss host process[pid]: EVENT_TAG: text
        if (pick <= 1) {
            return pri(3, 4) + header + "mib2d[1745]: " + (down ? "SNMP_TRAP_LINK_DOWN" : "SNMP_TRAP_LINK_UP") + ": ifIndex "
                + QByteArray::number(500 + m_random.bounded(100)) + ", ifAdminStatus up(1), ifOperStatus " + (down ? "down(2)" : "up(1)")
                + ", ifName " + interfaceName(Junos);
        }
        if (pick == 2) {
            return pri(3, 4) + header + "rpd[1408]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer " + peer + " (External AS " + asn + ") changed state from "
                + (down ? "Established to Idle (event HoldTime)" : "OpenConfirm to Established (event RecvKeepAlive)") + " (instance master)";
        }
        return pri(23, 5) + header + "mgd[4102]: UI_COMMIT_COMPLETED: commit complete";
    }
    case Eos: {
        // <PRI>Mmm dd hh:mm:ss host Agent: %FACILITY-SEVERITY-MNEMONIC: text
        if (pick <= 1)
            return pri(23, 5) + header + "Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface " + interfaceName(Eos) + ", changed state to " + (down ? "down" : "up");
        if (pick == 2)
            return pri(23, 5) + header + "Bgp: %BGP-5-ADJCHANGE: peer " + peer + " (VRF default AS " + asn + ") old state "
                + (down ? "Established event HoldTimerExpired new state Idle" : "OpenConfirm event RecvKeepAlive new state Established");
        return pri(23, 4) + header + "Lldp: %LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId 001c.7300.1234 and portId \"" + interfaceName(Eos) + "\" added on interface " + interfaceName(Eos);
    }
    case Huawei: {
        // <PRI>yyyy-m-d hh:mm:ss.ms host %%01MODULE/severity/DIGEST(l)[seq]:text
        const QByteArray vrpStamp = stamps.vrp + ms;
        const QByteArray prefix = pri(3, 5) + vrpStamp + ' ' + device.name + ' ';
        if (pick <= 1)
            return prefix + "%%01IFNET/4/IF_STATE(l)[" + seq + "]:Interface " + interfaceName(Huawei) + " has turned into " + (down ? "DOWN" : "UP") + " state.";
        if (pick == 2)
            return prefix + "%%01BGP/3/STATE_CHG_UPDOWN(l)[" + seq + "]:The status of the peer " + peer + " changed from "
                + (down ? "ESTABLISHED to IDLE" : "OPENCONFIRM to ESTABLISHED") + ". (InstanceName=Public, StateChangeReason=" + (down ? "Hold Timer Expired" : "Up") + ")";
        return prefix + "%%01SHELL/5/CMDRECORD(s)[" + seq + "]:Recorded command information. (Task=VT0, Ip=198.51.100.20, VpnName=, User=noc, AuthenticationMethod=\"Local-user\", Command=\"display interface brief\")";
    }
    }
    return {};
}

} // namespace nocdesk
