// Unit tests for app/syslog through its public face: SyslogParser, SyslogRuleSet,
// SyslogMessage and the parse-syslog command. The lines are written for these tests from the
// vendors' documented formats (RFC 3164/5424 examples, Cisco/Juniper/Arista/Huawei guides).
#include "syslog/parsesyslogcommand.h"
#include "syslog/syslogparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace nocdesk::syslog;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

ParserOptions optionsAt(const QDateTime &now)
{
    ParserOptions o;
    o.referenceNow = now;
    return o;
}

const SyslogRuleSet &defaultRules()
{
    static const SyslogRuleSet rules = SyslogRuleSet::defaults();
    return rules;
}

QString valuesString(const SyslogMessage &m)
{
    QStringList parts;
    for (const auto &kv : m.values)
        parts.append(kv.first + u'=' + kv.second);
    parts.sort();
    return parts.join(u'|');
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestSyslogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedRulesLoad();
    void tagKey_data();
    void tagKey();
    void headers_data();
    void headers();
    void yearInference_data();
    void yearInference();
    void assumedZoneApplies();
    void vendors_data();
    void vendors();
    void badInput_data();
    void badInput();
    void textWithALoneSurrogateParsesAsItsBytes();
    void overlongLineIsTruncatedAndFlagged();
    void randomInputNeverBreaks();
    void jsonHasExactlyTheContractKeys();
    void oneParserServesSeveralThreads();
    void fieldsPointIntoTheLineAndSurviveMoves();
    void operatorRulesOverrideDefaults();
    void operatorRulesAddAVendor();
    void brokenRuleFilesAreReported_data();
    void brokenRuleFilesAreReported();
    void cliPrintsOneObjectPerLine();
    void cliUsesRulesFolder();
    void cliReportsErrors();
};

void TestSyslogParser::embeddedRulesLoad()
{
    QStringList errors;
    const SyslogRuleSet rules = SyslogRuleSet::defaults(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(rules.ruleCount() > 100);
    QCOMPARE(rules.osForProcess(u"rpd"), QStringLiteral("junos"));
    QCOMPARE(rules.osForFacility(u"ETHPORT"), QStringLiteral("nxos"));
}

void TestSyslogParser::tagKey_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("key");
    QTest::newRow("cisco") << QStringLiteral("LINEPROTO-5-UPDOWN") << QStringLiteral("LINEPROTO-UPDOWN");
    QTest::newRow("cisco other severity") << QStringLiteral("LINEPROTO-3-UPDOWN") << QStringLiteral("LINEPROTO-UPDOWN");
    QTest::newRow("ios-xr sub-facility") << QStringLiteral("PKT_INFRA-LINK-3-UPDOWN") << QStringLiteral("PKT_INFRA-LINK-UPDOWN");
    QTest::newRow("huawei") << QStringLiteral("01IFNET/4/IF_STATE") << QStringLiteral("IFNET/IF_STATE");
    QTest::newRow("huawei no version") << QStringLiteral("IFNET/6/IF_PVCUP") << QStringLiteral("IFNET/IF_PVCUP");
    QTest::newRow("junos") << QStringLiteral("SNMP_TRAP_LINK_DOWN") << QStringLiteral("SNMP_TRAP_LINK_DOWN");
    QTest::newRow("process") << QStringLiteral("craftd") << QStringLiteral("craftd");
}

void TestSyslogParser::tagKey()
{
    QFETCH(QString, tag);
    QFETCH(QString, key);
    QCOMPARE(SyslogRuleSet::tagKey(tag), key);
}

void TestSyslogParser::headers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QDateTime>("timestamp"); // invalid: none expected
    QTest::addColumn<int>("offset");          // seconds east of UTC
    QTest::addColumn<bool>("zoneFromLine");
    QTest::addColumn<int>("facility");
    QTest::addColumn<int>("severity");

    // Reference "now" for these rows: 2026-11-21T12:00:00Z.
    QTest::newRow("rfc3164 example") << QByteArray("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")
                                     << QStringLiteral("mymachine") << QStringLiteral("Oct 11") << QStringLiteral("22:14:15")
                                     << utc(2026, 10, 11, 22, 14, 15) << 0 << false << 4 << 2;
    QTest::newRow("rfc3164 single-digit day") << QByteArray("<13>Feb  5 17:32:18 10.0.0.99 myapp[12]: hello")
                                              << QStringLiteral("10.0.0.99") << QStringLiteral("Feb  5") << QStringLiteral("17:32:18")
                                              << utc(2026, 2, 5, 17, 32, 18) << 0 << false << 1 << 5;
    QTest::newRow("rfc5424 example") << QByteArray("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] \xEF\xBB\xBF" "An application event log entry")
                                     << QStringLiteral("mymachine.example.com") << QStringLiteral("2003-10-11") << QStringLiteral("22:14:15.003Z")
                                     << QDateTime(QDate(2003, 10, 11), QTime(22, 14, 15, 3), QTimeZone::utc()) << 0 << true << 20 << 5;
    QTest::newRow("rfc5424 offset") << QByteArray("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.")
                                    << QStringLiteral("192.0.2.1") << QStringLiteral("2003-08-24") << QStringLiteral("05:14:15.000003-07:00")
                                    << QDateTime(QDate(2003, 8, 24), QTime(12, 14, 15), QTimeZone::utc()) << -7 * 3600 << true << 20 << 5;
    QTest::newRow("rfc5424 nil time") << QByteArray("<14>1 - host1 app - - - text")
                                      << QStringLiteral("host1") << QString() << QString() << QDateTime() << 0 << false << 1 << 6;
    QTest::newRow("iso8601 3164") << QByteArray("<13>2024-03-31T08:41:59+02:00 edge-1 Bgp: %BGP-5-ADJCHANGE: peer 192.0.2.1 (VRF default AS 65001) old state Idle event Start new state Connect")
                                  << QStringLiteral("edge-1") << QStringLiteral("2024-03-31") << QStringLiteral("08:41:59+02:00")
                                  << utc(2024, 3, 31, 6, 41, 59) << 7200 << true << 1 << 5;
    QTest::newRow("cisco seq host zone") << QByteArray("<189>17: pe1: Mar  3 10:00:01.250 CET: %SYS-5-CONFIG_I: Configured from console by ops on vty0 (192.0.2.9)")
                                         << QStringLiteral("pe1") << QStringLiteral("Mar  3") << QStringLiteral("10:00:01")
                                         << QDateTime(QDate(2026, 3, 3), QTime(9, 0, 1, 250), QTimeZone::utc()) << 3600 << true << 23 << 5;
    QTest::newRow("cisco unsynced clock") << QByteArray("<187>9: rtr: *Jan  1 00:00:07.001: %LINK-3-UPDOWN: Interface Serial0/0, changed state to down")
                                          << QStringLiteral("rtr") << QStringLiteral("Jan  1") << QStringLiteral("00:00:07")
                                          << QDateTime(QDate(2026, 1, 1), QTime(0, 0, 7, 1), QTimeZone::utc()) << 0 << false << 23 << 3;
    QTest::newRow("cisco unknown zone name") << QByteArray("<189>5: r1: Jun  2 10:00:00.000 XYZT: %SYS-5-RESTART: System restarted --")
                                             << QStringLiteral("r1") << QStringLiteral("Jun  2") << QStringLiteral("10:00:00")
                                             << utc(2026, 6, 2, 10) << 0 << false << 23 << 5;
    QTest::newRow("nx-os year first") << QByteArray("<189>2023 Sep  9 07:08:09 leaf-3 %ETHPORT-5-IF_UP: Interface Ethernet1/2 is up in mode access")
                                      << QStringLiteral("leaf-3") << QStringLiteral("2023 Sep  9") << QStringLiteral("07:08:09")
                                      << utc(2023, 9, 9, 7, 8, 9) << 0 << false << 23 << 5;
    QTest::newRow("nx-os host first utc") << QByteArray("<190>n9k-1: 2022 May  4 01:02:03 UTC: %VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by admin on 192.0.2.4@pts/0")
                                          << QStringLiteral("n9k-1") << QStringLiteral("2022 May  4") << QStringLiteral("01:02:03")
                                          << utc(2022, 5, 4, 1, 2, 3) << 0 << true << 23 << 6;
    QTest::newRow("ios-xr node id") << QByteArray("<187>812: pe-xr1 RP/0/RSP0/CPU0:Jan 12 03:04:05.678 EST: bgp[1090]: %ROUTING-BGP-5-ADJCHANGE : neighbor 198.51.100.7 Up (VRF: default) (AS: 64500)")
                                    << QStringLiteral("pe-xr1") << QStringLiteral("Jan 12") << QStringLiteral("03:04:05")
                                    << QDateTime(QDate(2026, 1, 12), QTime(8, 4, 5, 678), QTimeZone::utc()) << -5 * 3600 << true << 23 << 3;
    QTest::newRow("huawei year after day") << QByteArray("<188>Mar 12 2024 10:11:12+08:00 CE6850-1 %%01IFNET/4/IF_STATE(l)[12]:Interface 10GE1/0/3 has turned into DOWN state.")
                                           << QStringLiteral("CE6850-1") << QStringLiteral("Mar 12 2024") << QStringLiteral("10:11:12")
                                           << utc(2024, 3, 12, 2, 11, 12) << 8 * 3600 << true << 23 << 4;
    QTest::newRow("huawei dst suffix") << QByteArray("<188>Jul 22 2012 10:11:30+02:00 DST core-sw %%01RDS/4/RDAUTHDOWN(l)[81]:RADIUS authentication server ( IP: 192.0.2.3 )  is down!")
                                       << QStringLiteral("core-sw") << QStringLiteral("Jul 22 2012") << QStringLiteral("10:11:30")
                                       << utc(2012, 7, 22, 8, 11, 30) << 7200 << true << 23 << 4;
    QTest::newRow("huawei numeric date") << QByteArray("<29>2019-11-3 04:05:06.100.2 agg-7 %%01IFNET/4/IF_STATE(l)[3]:Interface GE0/0/1 has turned into UP state.")
                                         << QStringLiteral("agg-7") << QStringLiteral("2019-11-3") << QStringLiteral("04:05:06")
                                         << QDateTime(QDate(2019, 11, 3), QTime(4, 5, 6, 100), QTimeZone::utc()) << 0 << false << 3 << 5;
    QTest::newRow("relay prepends header") << QByteArray("<190>Apr 16 15:15:09 198.51.100.106 Apr 16 2015 12:15:09 asw-10 %%01SHELL/5/LOGIN(l):VTY login from 192.0.2.1.")
                                           << QStringLiteral("asw-10") << QStringLiteral("Apr 16 2015") << QStringLiteral("12:15:09")
                                           << utc(2015, 4, 16, 12, 15, 9) << 0 << false << 23 << 6;
    QTest::newRow("no host, process only") << QByteArray("<30>Jul 25 22:34:52 rpd[1260]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 192.0.2.2 (Internal AS 65000) changed state from Established to Idle (event RecvNotify)")
                                           << QString() << QStringLiteral("Jul 25") << QStringLiteral("22:34:52")
                                           << utc(2026, 7, 25, 22, 34, 52) << 0 << false << 3 << 6;
    QTest::newRow("no pri") << QByteArray("Nov 20 11:00:00 sw1 sshd[9]: Accepted publickey for ops from 192.0.2.8 port 2222 ssh2")
                            << QStringLiteral("sw1") << QStringLiteral("Nov 20") << QStringLiteral("11:00:00")
                            << utc(2026, 11, 20, 11) << 0 << false << -1 << -1;
    QTest::newRow("ten-digit sequence") << QByteArray("<189>9999999999: r1: Jun  2 10:00:00.000 UTC: %SYS-5-RESTART: System restarted --")
                                        << QStringLiteral("r1") << QStringLiteral("Jun  2") << QStringLiteral("10:00:00")
                                        << utc(2026, 6, 2, 10) << 0 << true << 23 << 5;
    QTest::newRow("two counters") << QByteArray("<190>1347642: 1347640: *Aug 15 15:29:07.706: %SYS-5-RESTART: System restarted --")
                                  << QString() << QStringLiteral("Aug 15") << QStringLiteral("15:29:07")
                                  << QDateTime(QDate(2026, 8, 15), QTime(15, 29, 7, 706), QTimeZone::utc()) << 0 << false << 23 << 6;
    QTest::newRow("version 1 but not rfc5424") << QByteArray("<13>1 yesterday host app - - - text")
                                               << QString() << QString() << QString() << QDateTime() << 0 << false << 1 << 5;
    // "O" and two letters whose UTF-16 units end in the bytes of "ct" are no month.
    QTest::newRow("month name not ASCII") << QByteArray("<13>O\xc5\xa3\xc9\xb4 11 22:14:15 host app: x")
                                          << QString() << QString() << QString() << QDateTime() << 0 << false << 1 << 5;
    QTest::newRow("pri only, body") << QByteArray("<0>%LINK-3-UPDOWN: Interface Gi1/0/1, changed state to up")
                                    << QString() << QString() << QString() << QDateTime() << 0 << false << 0 << 0;
}

void TestSyslogParser::headers()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, host);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QDateTime, timestamp);
    QFETCH(int, offset);
    QFETCH(bool, zoneFromLine);
    QFETCH(int, facility);
    QFETCH(int, severity);

    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage m = parser.parse(line);
    QVERIFY2(m.parsed, qPrintable(m.error));
    QCOMPARE(m.host, host);
    QCOMPARE(m.date, date);
    QCOMPARE(m.time, time);
    QCOMPARE(m.facility, facility);
    QCOMPARE(m.severity, severity);
    QCOMPARE(m.timestamp.isValid(), timestamp.isValid());
    if (timestamp.isValid()) {
        QCOMPARE(m.timestamp, timestamp);
        QCOMPARE(m.timestamp.offsetFromUtc(), offset);
        QCOMPARE(m.zoneFromLine, zoneFromLine);
    }
}

void TestSyslogParser::yearInference_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QDate>("date");

    QTest::newRow("same year") << utc(2026, 6, 15, 12) << QByteArray("<13>Jun 15 11:59:00 h a: x") << QDate(2026, 6, 15);
    QTest::newRow("new year: december line in january") << utc(2027, 1, 1, 0, 0, 30) << QByteArray("<13>Dec 31 23:59:50 h a: x") << QDate(2026, 12, 31);
    QTest::newRow("clock ahead: january line on 31 december") << utc(2026, 12, 31, 23, 59, 59) << QByteArray("<13>Jan  1 00:00:05 h a: x") << QDate(2027, 1, 1);
    QTest::newRow("replayed old line") << utc(2026, 6, 15) << QByteArray("<13>Dec 24 10:00:00 h a: x") << QDate(2025, 12, 24);
    QTest::newRow("few days ahead tolerated") << utc(2026, 6, 15) << QByteArray("<13>Jun 18 10:00:00 h a: x") << QDate(2026, 6, 18);
    QTest::newRow("feb 29 goes to a leap year") << utc(2026, 3, 1) << QByteArray("<13>Feb 29 10:00:00 h a: x") << QDate(2024, 2, 29);
    QTest::newRow("year in line wins") << utc(2026, 3, 1) << QByteArray("<13>2030 Feb  1 10:00:00 h %ETHPORT-5-IF_UP: Interface Ethernet1/1 is up") << QDate(2030, 2, 1);
}

void TestSyslogParser::yearInference()
{
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, line);
    QFETCH(QDate, date);
    const SyslogParser parser(defaultRules(), optionsAt(now));
    const SyslogMessage m = parser.parse(line);
    QVERIFY(m.parsed);
    QCOMPARE(m.timestamp.date(), date);
}

void TestSyslogParser::assumedZoneApplies()
{
    ParserOptions o = optionsAt(utc(2026, 11, 21, 12));
    o.assumedZone = QTimeZone(3 * 3600);
    const SyslogParser parser(defaultRules(), o);
    const SyslogMessage m = parser.parse("<13>Nov 21 10:00:00 h a: x");
    QCOMPARE(m.timestamp, utc(2026, 11, 21, 7));
    QVERIFY(!m.zoneFromLine);
    const SyslogMessage z = parser.parse("<13>2026-11-21T10:00:00Z h a: x");
    QCOMPARE(z.timestamp, utc(2026, 11, 21, 10));
    QVERIFY(z.zoneFromLine);
}

void TestSyslogParser::vendors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("values");

    QTest::newRow("ios link down") << QByteArray("<187>2345: core-rtr1: Mar  3 10:00:01.123 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down")
                                   << QStringLiteral("ios") << QStringLiteral("core-rtr1") << QStringLiteral("LINK-3-UPDOWN") << QStringLiteral("INTERFACE_DOWN")
                                   << QStringLiteral("interface=GigabitEthernet0/0/1|state=down");
    QTest::newRow("ios admin down") << QByteArray("<189>12: r2: Mar  3 10:00:01: %LINK-5-CHANGED: Interface Loopback7, changed state to administratively down")
                                    << QStringLiteral("ios") << QStringLiteral("r2") << QStringLiteral("LINK-5-CHANGED") << QStringLiteral("INTERFACE_DOWN")
                                    << QStringLiteral("admin_state=down|interface=Loopback7|state=down");
    QTest::newRow("ios bgp vrf down") << QByteArray("<189>77: pe1: *Apr  2 08:00:00: %BGP-5-ADJCHANGE: neighbor 203.0.113.9 vpn vrf CUST-A Down BGP Notification sent")
                                      << QStringLiteral("ios") << QStringLiteral("pe1") << QStringLiteral("BGP-5-ADJCHANGE") << QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")
                                      << QStringLiteral("neighbor=203.0.113.9|reason=BGP Notification sent|state=Down|vrf=CUST-A");
    QTest::newRow("ios ospf full") << QByteArray("<189>3: r3: Apr  2 08:00:00: %OSPF-5-ADJCHG: Process 10, Nbr 10.255.0.2 on Vlan20 from LOADING to FULL, Loading Done")
                                   << QStringLiteral("ios") << QStringLiteral("r3") << QStringLiteral("OSPF-5-ADJCHG") << QStringLiteral("OSPF_NEIGHBOR_UP")
                                   << QStringLiteral("interface=Vlan20|neighbor=10.255.0.2|old_state=LOADING|process_id=10|reason=Loading Done|state=FULL");
    QTest::newRow("ios-xe rfc5424") << QByteArray("<187>1 2021-03-01T10:00:00.250Z c9300-1 - - - [meta sequenceId=\"41\"] %LINK-3-UPDOWN: Interface GigabitEthernet1/0/5, changed state to down")
                                    << QStringLiteral("ios") << QStringLiteral("c9300-1") << QStringLiteral("LINK-3-UPDOWN") << QStringLiteral("INTERFACE_DOWN")
                                    << QStringLiteral("interface=GigabitEthernet1/0/5|state=down");
    QTest::newRow("ios body only") << QByteArray("%LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan100, changed state to up")
                                   << QStringLiteral("ios") << QString() << QStringLiteral("LINEPROTO-5-UPDOWN") << QStringLiteral("INTERFACE_UP")
                                   << QStringLiteral("interface=Vlan100|state=up");
    QTest::newRow("nx-os down") << QByteArray("<189>2024 Feb 11 10:02:03 leaf-101 %ETHPORT-5-IF_DOWN_ADMIN_DOWN: Interface Ethernet1/7 is down (Administratively down)")
                                << QStringLiteral("nxos") << QStringLiteral("leaf-101") << QStringLiteral("ETHPORT-5-IF_DOWN_ADMIN_DOWN") << QStringLiteral("INTERFACE_DOWN")
                                << QStringLiteral("interface=Ethernet1/7|reason=Administratively down|state=down");
    QTest::newRow("nx-os by facility") << QByteArray("%ETH_PORT_CHANNEL-5-PORT_UP: port-channel12: Ethernet1/12 is up")
                                       << QStringLiteral("nxos") << QString() << QStringLiteral("ETH_PORT_CHANNEL-5-PORT_UP") << QStringLiteral("LAG_MEMBER_UP")
                                       << QStringLiteral("interface=Ethernet1/12|lag=port-channel12|state=up");
    QTest::newRow("ios-xr bgp") << QByteArray("<187>812: pe-xr1 RP/0/RSP0/CPU0:Jan 12 03:04:05.678 UTC: bgp[1090]: %ROUTING-BGP-5-ADJCHANGE : neighbor 198.51.100.7 Down - Peer closing down the session (VRF: default) (AS: 64500)")
                                << QStringLiteral("iosxr") << QStringLiteral("pe-xr1") << QStringLiteral("ROUTING-BGP-5-ADJCHANGE") << QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")
                                << QStringLiteral("neighbor=198.51.100.7|peer_as=64500|reason=Peer closing down the session|state=Down|vrf=default");
    QTest::newRow("ios-xr link") << QByteArray("<187>4: p1 LC/0/1/CPU0:Feb  2 02:02:02.002 : ifmgr[200]: %PKT_INFRA-LINK-3-UPDOWN : Interface HundredGigE0/1/0/3, changed state to Up")
                                 << QStringLiteral("iosxr") << QStringLiteral("p1") << QStringLiteral("PKT_INFRA-LINK-3-UPDOWN") << QStringLiteral("INTERFACE_UP")
                                 << QStringLiteral("interface=HundredGigE0/1/0/3|state=Up");
    QTest::newRow("eos lineproto") << QByteArray("<187>Jan  5 11:22:33 spine1 Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Port-Channel10, changed state to up")
                                   << QStringLiteral("eos") << QStringLiteral("spine1") << QStringLiteral("LINEPROTO-5-UPDOWN") << QStringLiteral("INTERFACE_UP")
                                   << QStringLiteral("interface=Port-Channel10|state=up");
    QTest::newRow("eos bgp") << QByteArray("<189>Jan  5 11:22:33 spine1 Bgp: %BGP-5-ADJCHANGE: peer 2001:db8::1 (VRF blue AS 65100) old state OpenConfirm event RecvKeepAlive new state Established")
                             << QStringLiteral("eos") << QStringLiteral("spine1") << QStringLiteral("BGP-5-ADJCHANGE") << QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")
                             << QStringLiteral("event=RecvKeepAlive|neighbor=2001:db8::1|old_state=OpenConfirm|peer_as=65100|state=Established|vrf=blue");
    QTest::newRow("junos bgp ipv6") << QByteArray("<28>Mar  9 01:02:03 mx960-a rpd[1867]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 2001:db8::7 (Internal AS 65010) changed state from Established to Idle (event HoldTime) (instance master)")
                                    << QStringLiteral("junos") << QStringLiteral("mx960-a") << QStringLiteral("RPD_BGP_NEIGHBOR_STATE_CHANGED") << QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")
                                    << QStringLiteral("event=HoldTime|instance=master|neighbor=2001:db8::7|old_state=Established|peer_as=65010|state=Idle");
    QTest::newRow("junos re prefix, link") << QByteArray("<28>Mar  9 01:02:03 re1.mx-b mib2d[77]: SNMP_TRAP_LINK_UP: ifIndex 530, ifAdminStatus up(1), ifOperStatus up(1), ifName ge-1/0/3")
                                           << QStringLiteral("junos") << QStringLiteral("mx-b") << QStringLiteral("SNMP_TRAP_LINK_UP") << QStringLiteral("INTERFACE_UP")
                                           << QStringLiteral("admin_state=up|if_index=530|interface=ge-1/0/3|state=up");
    QTest::newRow("junos rfc5424 structured") << QByteArray("<28>1 2024-03-09T01:02:03.456+01:00 mx1 mib2d 2424 SNMP_TRAP_LINK_DOWN [junos@2636.1.1.1.2.39 snmp-interface-index=\"530\" interface-name=\"ge-1/0/3\"] ifIndex 530, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-1/0/3")
                                              << QStringLiteral("junos") << QStringLiteral("mx1") << QStringLiteral("SNMP_TRAP_LINK_DOWN") << QStringLiteral("INTERFACE_DOWN")
                                              << QStringLiteral("admin_state=up|if_index=530|interface=ge-1/0/3|state=down");
    QTest::newRow("junos function tag") << QByteArray("<28>Mar  9 01:02:03 mx1 rpd[10]: bgp_read_v4_update:10231: NOTIFICATION sent to 192.0.2.66 (External AS 64999): code 3 (Update Message Error) subcode 1 (invalid attribute list)")
                                        << QStringLiteral("junos") << QStringLiteral("mx1") << QStringLiteral("bgp_read_v4_update") << QStringLiteral("BGP_NOTIFICATION")
                                        << QStringLiteral("code=3|direction=sent to|neighbor=192.0.2.66|peer_as=64999|reason=invalid attribute list|subcode=1");
    QTest::newRow("junos ldp") << QByteArray("<29>Apr 27 13:07:53 p2 rpd[873]: RPD_LDP_SESSIONDOWN: LDP session 192.0.2.40 is down, reason: received notification from peer")
                               << QStringLiteral("junos") << QStringLiteral("p2") << QStringLiteral("RPD_LDP_SESSIONDOWN") << QStringLiteral("LDP_NEIGHBOR_DOWN")
                               << QStringLiteral("neighbor=192.0.2.40|reason=received notification from peer|state=down");
    QTest::newRow("huawei if state") << QByteArray("<188>Mar 12 2024 10:11:12+08:00 CE6850-1 %%01IFNET/4/IF_STATE(l)[12]:Interface 10GE1/0/3 has turned into DOWN state.")
                                     << QStringLiteral("huawei") << QStringLiteral("CE6850-1") << QStringLiteral("01IFNET/4/IF_STATE") << QStringLiteral("INTERFACE_DOWN")
                                     << QStringLiteral("interface=10GE1/0/3|state=DOWN");
    QTest::newRow("huawei bgp") << QByteArray("<189>Mar 12 2024 10:11:12 NE40E-1 %%01BGP/6/STATE_CHANGED(l)[7]:The status of the peer 10.1.1.2 changed from ESTABLISHED to IDLE. (InstanceName=Public, StateChangeReason=Hold Timer Expired)")
                                << QStringLiteral("huawei") << QStringLiteral("NE40E-1") << QStringLiteral("01BGP/6/STATE_CHANGED") << QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")
                                << QStringLiteral("instance=Public|neighbor=10.1.1.2|old_state=ESTABLISHED|reason=Hold Timer Expired|state=IDLE");
    QTest::newRow("eos ospf teardown") << QByteArray("<188>Jan  5 11:22:33 spine2 Ospf: %OSPF-4-OSPF_ADJACENCY_TEARDOWN: NGB 10.0.0.2, interface 10.0.0.1 adjacency dropped: nbr did not list our router ID, state was: FULL")
                                       << QStringLiteral("eos") << QStringLiteral("spine2") << QStringLiteral("OSPF-4-OSPF_ADJACENCY_TEARDOWN") << QStringLiteral("OSPF_NEIGHBOR_DOWN")
                                       << QStringLiteral("interface_address=10.0.0.1|neighbor=10.0.0.2|old_state=FULL|reason=nbr did not list our router ID|state=DOWN");
    QTest::newRow("junos bfd") << QByteArray("<27>Mar  9 01:02:03 mx1 bfdd[1850]: BFDD_STATE_UP_TO_DOWN: BFD Session 192.0.2.2 (IFL 341) state Up -> Down LD/RD(16/17) Up time:1d 02:03 Local diag: CtlExpire Remote diag: None Reason: Detect Timer Expiry.")
                               << QStringLiteral("junos") << QStringLiteral("mx1") << QStringLiteral("BFDD_STATE_UP_TO_DOWN") << QStringLiteral("BFD_STATE_CHANGE")
                               << QStringLiteral("ifl=341|neighbor=192.0.2.2|old_state=Up|reason=Detect Timer Expiry|state=Down");
    QTest::newRow("junos lacp timeout") << QByteArray("<28>Mar  9 01:02:03 mx1 lacpd[1500]: LACPD_TIMEOUT: xe-0/0/1: lacp current while timer expired current Receive State: CURRENT")
                                        << QStringLiteral("junos") << QStringLiteral("mx1") << QStringLiteral("LACPD_TIMEOUT") << QStringLiteral("LACP_TIMEOUT")
                                        << QStringLiteral("interface=xe-0/0/1");
    QTest::newRow("nx-os any IF_DOWN mnemonic") << QByteArray("<189>2024 Feb 11 10:02:03 leaf-7 %ETHPORT-5-IF_DOWN_NOT_AUTHORIZED: Interface Ethernet1/9 is down (Not authorized)")
                                                << QStringLiteral("nxos") << QStringLiteral("leaf-7") << QStringLiteral("ETHPORT-5-IF_DOWN_NOT_AUTHORIZED") << QStringLiteral("INTERFACE_DOWN")
                                                << QStringLiteral("interface=Ethernet1/9|reason=Not authorized|state=down");
    QTest::newRow("huawei linkDown trap") << QByteArray("<187>Mar 12 2024 10:11:12 NE8000 %%01IFNET/2/linkDown_active(l):The interface status changes. (ifName=GigabitEthernet0/3/1, AdminStatus=UP, OperStatus=DOWN, Reason=The link protocol is down, mainIfname=GigabitEthernet0/3/1)")
                                          << QStringLiteral("huawei") << QStringLiteral("NE8000") << QStringLiteral("01IFNET/2/linkDown_active") << QStringLiteral("INTERFACE_DOWN")
                                          << QStringLiteral("admin_state=UP|interface=GigabitEthernet0/3/1|reason=The link protocol is down|state=DOWN");
    QTest::newRow("ios acl deny") << QByteArray("<190>88: edge3: Apr  1 00:00:01.001 UTC: %SEC-6-IPACCESSLOGP: list EDGE-IN denied tcp 198.51.100.23(51515) -> 203.0.113.10(22), 1 packet")
                                  << QStringLiteral("ios") << QStringLiteral("edge3") << QStringLiteral("SEC-6-IPACCESSLOGP") << QStringLiteral("ACL_DENY")
                                  << QStringLiteral("acl=EDGE-IN|action=denied|count=1|destination=203.0.113.10|destination_port=22|protocol=tcp|source=198.51.100.23|source_port=51515");
    QTest::newRow("ios fan") << QByteArray("<186>89: edge3: Apr  1 00:00:01.001 UTC: %ENVMON-3-FAN_FAILED: Fan 3 not rotating.")
                             << QStringLiteral("ios") << QStringLiteral("edge3") << QStringLiteral("ENVMON-3-FAN_FAILED") << QStringLiteral("FAN_FAILED")
                             << QStringLiteral("component=Fan 3");
    QTest::newRow("generic sshd") << QByteArray("<38>Mar  1 12:00:00 bastion sshd[4242]: Failed password for invalid user admin from 192.0.2.55 port 51234 ssh2")
                                  << QStringLiteral("generic") << QStringLiteral("bastion") << QStringLiteral("sshd") << QStringLiteral("USER_LOGIN_FAILED")
                                  << QStringLiteral("address=192.0.2.55|port=51234|user=admin");
    QTest::newRow("generic no rule") << QByteArray("<13>Mar  1 12:00:00 host1 myapp: something happened")
                                     << QStringLiteral("generic") << QStringLiteral("host1") << QStringLiteral("myapp") << QString() << QString();
}

void TestSyslogParser::vendors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, os);
    QFETCH(QString, host);
    QFETCH(QString, tag);
    QFETCH(QString, kind);
    QFETCH(QString, values);
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage m = parser.parse(line);
    QVERIFY2(m.parsed, qPrintable(m.error));
    QCOMPARE(m.os, os);
    QCOMPARE(m.host, host);
    QCOMPARE(m.tag, tag);
    QCOMPARE(m.kind, kind);
    QCOMPARE(valuesString(m), values);
}

void TestSyslogParser::badInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("flag");
    QTest::newRow("empty") << QByteArray() << int(ParseFlag::Empty);
    QTest::newRow("blank") << QByteArray("   \r\n") << int(ParseFlag::Empty);
    QTest::newRow("invalid utf-8") << QByteArray("<13>Mar  1 12:00:00 h app: caf\xC3") << int(ParseFlag::InvalidUtf8);
    QTest::newRow("overlong utf-8") << QByteArray("<13>Mar  1 12:00:00 h app: \xC0\xAF") << int(ParseFlag::InvalidUtf8);
    QTest::newRow("lone continuation") << QByteArray("\x80\x80\x80") << int(ParseFlag::InvalidUtf8);
    QTest::newRow("control characters") << QByteArray("<13>Mar  1 12:00:00 h app: a\x01" "b") << int(ParseFlag::ControlCharacters);
    QTest::newRow("embedded nul") << QByteArray("<13>Mar  1 h\0x", 16) << int(ParseFlag::ControlCharacters);
    QTest::newRow("pri too large") << QByteArray("<192>Mar  1 12:00:00 h app: x") << int(ParseFlag::BadPri);
    QTest::newRow("pri unterminated") << QByteArray("<13 Mar  1 12:00:00 h app: x") << int(ParseFlag::BadPri);
    QTest::newRow("pri empty") << QByteArray("<>x") << int(ParseFlag::BadPri);
    QTest::newRow("prose") << QByteArray("lorem ipsum dolor sit amet") << int(ParseFlag::NoHeader);
    QTest::newRow("digits") << QByteArray("1234567890") << int(ParseFlag::NoHeader);
}

void TestSyslogParser::badInput()
{
    QFETCH(QByteArray, line);
    QFETCH(int, flag);
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage m = parser.parse(line);
    QVERIFY(!m.parsed);
    QVERIFY2(m.hasFlag(ParseFlag(flag)), qPrintable(QString::number(m.flags)));
    QCOMPARE(m.raw, line);
    QVERIFY(!m.error.isEmpty());
    QVERIFY(m.tag.isEmpty() && m.kind.isEmpty() && m.values.isEmpty());
    const QJsonObject detailed = m.toDetailedJson();
    QCOMPARE(detailed.value(QLatin1String("parsed")).toBool(), false);
}

// parseText() goes through the bytes a device would have sent: a lone surrogate (which no
// UTF-8 line can carry) arrives as '?', and the rest of the line parses as usual.
void TestSyslogParser::textWithALoneSurrogateParsesAsItsBytes()
{
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    QString text = QStringLiteral("<189>Mar  1 12:00:00 r1 %LINEPROTO-5-UPDOWN: Line protocol on Interface Gi0/1, changed state to down x");
    text.append(QChar(0xD800));
    const SyslogMessage m = parser.parseText(text);
    QVERIFY(m.parsed);
    QCOMPARE(m.tag, QStringLiteral("LINEPROTO-5-UPDOWN"));
    QCOMPARE(m.raw, text.left(text.size() - 1).toUtf8() + '?');
    QCOMPARE(m.value(u"interface"), QStringLiteral("Gi0/1"));
}

void TestSyslogParser::overlongLineIsTruncatedAndFlagged()
{
    QByteArray line("<13>Mar  1 12:00:00 h app: ");
    line.append(QByteArray(70 * 1024, 'x'));
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage m = parser.parse(line);
    QVERIFY(!m.parsed);
    QVERIFY(m.hasFlag(ParseFlag::Truncated));
    QCOMPARE(m.raw.size(), SyslogMessage::MaxLineBytes);
    QCOMPARE(m.raw, line.left(SyslogMessage::MaxLineBytes));

    QByteArray exact("<13>Mar  1 12:00:00 h app: ");
    exact.append(QByteArray(SyslogMessage::MaxLineBytes - exact.size(), 'y'));
    const SyslogMessage e = parser.parse(exact);
    QVERIFY(e.parsed);
    QVERIFY(!e.hasFlag(ParseFlag::Truncated));
}

void TestSyslogParser::randomInputNeverBreaks()
{
    // Random bytes and mutations of real-looking lines: every result keeps the raw bytes and
    // is either parsed or carries an error. (The libFuzzer target does this at scale.)
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const QList<QByteArray> seeds = {
        "<189>2345: core: Mar  3 10:00:01.123 UTC: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down",
        "<28>1 2024-03-09T01:02:03.456+01:00 mx1 mib2d 2424 SNMP_TRAP_LINK_DOWN [junos@2636 a=\"b\\\"]\"] ifName ge-1/0/3",
        "<188>Mar 12 2024 10:11:12+08:00 CE %%01IFNET/4/IF_STATE(l)[12]:Interface GE0/0/1 has turned into UP state.",
        "<187>4: p1 LC/0/1/CPU0:Feb  2 02:02:02.002 : ifmgr[200]: %PKT_INFRA-LINK-3-UPDOWN : Interface Hu0/1/0/3, changed state to Up",
    };
    QRandomGenerator rng(20261121);
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        if (i % 3 == 0) {
            line.resize(rng.bounded(200));
            for (char &c : line)
                c = char(rng.bounded(256));
        } else {
            line = seeds.at(i % seeds.size());
            const int edits = 1 + rng.bounded(6);
            for (int e = 0; e < edits && !line.isEmpty(); ++e) {
                const int pos = rng.bounded(int(line.size()));
                switch (rng.bounded(3)) {
                case 0: line[pos] = char(rng.bounded(32, 127)); break;
                case 1: line.remove(pos, rng.bounded(1, 8)); break;
                default: line.insert(pos, line.mid(rng.bounded(int(line.size())), 5)); break;
                }
            }
        }
        const SyslogMessage m = parser.parse(line);
        QCOMPARE(m.raw, line);
        QVERIFY(m.parsed || !m.error.isEmpty());
        if (m.parsed)
            QVERIFY(!m.os.isEmpty());
    }
}

void TestSyslogParser::jsonHasExactlyTheContractKeys()
{
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const QStringList contract = {QStringLiteral("date"), QStringLiteral("facility"), QStringLiteral("host"),
                                  QStringLiteral("kind"), QStringLiteral("message"), QStringLiteral("os"),
                                  QStringLiteral("severity"), QStringLiteral("tag"), QStringLiteral("time"),
                                  QStringLiteral("timestamp"), QStringLiteral("values")};
    const SyslogMessage ok = parser.parse("<187>9: rtr: Jan  1 00:00:07.500 UTC: %LINK-3-UPDOWN: Interface Serial0/0, changed state to down");
    QJsonObject o = ok.toJson();
    QCOMPARE(o.keys(), contract);
    QCOMPARE(o.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-01-01T00:00:07.500Z"));
    QCOMPARE(o.value(QLatin1String("facility")).toInt(), 23);
    QCOMPARE(o.value(QLatin1String("values")).toObject().keys(), (QStringList{QStringLiteral("interface"), QStringLiteral("state")}));

    const SyslogMessage bad = parser.parse("not syslog");
    o = bad.toJson();
    QCOMPARE(o.keys(), contract);
    QVERIFY(o.value(QLatin1String("os")).isNull());
    QVERIFY(o.value(QLatin1String("timestamp")).isNull());
    QVERIFY(o.value(QLatin1String("facility")).isNull());
    QCOMPARE(o.value(QLatin1String("message")).toString(), QStringLiteral("not syslog"));
    QVERIFY(o.value(QLatin1String("values")).toObject().isEmpty());
}

void TestSyslogParser::oneParserServesSeveralThreads()
{
    // The intake shares one parser between threads; results must not depend on that.
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    const QList<QByteArray> lines = {
        "<187>2345: core-rtr1: Mar  3 10:00:01.123 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down",
        "<28>Mar  9 01:02:03 mx960-a rpd[1867]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 2001:db8::7 (Internal AS 65010) changed state from Established to Idle (event HoldTime) (instance master)",
        "<188>Mar 12 2024 10:11:12+08:00 CE6850-1 %%01IFNET/4/IF_STATE(l)[12]:Interface 10GE1/0/3 has turned into DOWN state.",
    };
    QStringList expected;
    for (const QByteArray &l : lines)
        expected.append(QString::fromUtf8(QJsonDocument(parser.parse(l).toJson()).toJson()));
    std::atomic<int> mismatches{0};
    auto work = [&] {
        for (int i = 0; i < 3000; ++i) {
            const int k = i % int(lines.size());
            if (QString::fromUtf8(QJsonDocument(parser.parse(lines[k]).toJson()).toJson()) != expected[k])
                ++mismatches;
        }
    };
    std::thread a(work);
    std::thread b(work);
    a.join();
    b.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestSyslogParser::fieldsPointIntoTheLineAndSurviveMoves()
{
    // The intake's path (fields(): views, no copies) says what parse() says, for every kind of
    // line, also after the results were moved around and the caller's buffers are gone.
    const SyslogParser parser(defaultRules(), optionsAt(utc(2026, 11, 21, 12)));
    QList<QByteArray> lines = {
        "<187>2345: core-rtr1: Mar  3 10:00:01.123 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down",
        "<28>Mar  9 01:02:03 re0-mx960-a rpd[1867]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 2001:db8::7 (Internal AS 65010) changed state from Established to Idle (event HoldTime) (instance master)",
        "<188>Mar 12 2024 10:11:12+08:00 CE6850-1 %%01IFNET/4/IF_STATE(l)[12]:Interface 10GE1/0/3 has turned into DOWN state.",
        "<189>9: xr-1 RP/0/RSP0/CPU0:Mar  3 10:00:01.123 UTC: bgp[1051]: %ROUTING-BGP-5-ADJCHANGE : neighbor 192.0.2.1 Up (VRF: default) (AS: 64500)",
        "<165>1 2003-10-11T22:14:15.003Z host.example evntslog 77 ID47 [x@2636 a=\"b\\\"]\"] An application event",
        "<189>2025 Nov 21 10:00:00 leaf-1 %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/5 is down (Link failure)",
        "\xef\xbb\xbf<189>Nov 21 10:00:00 host app: with a mark and \xc3\xbc",
        "<189>Nov 21 10:00:00 host app: bad \xff",
        "<189>Nov 21 10:00:00 host app: control \x01",
        "<999>bad priority",
        "no header at all",
        "",
    };
    QList<QJsonObject> expected;
    for (const QByteArray &l : std::as_const(lines))
        expected.append(parser.parse(l).toDetailedJson());
    std::vector<SyslogFields> results; // grows: every result is moved at least once
    for (QByteArray &l : lines) {
        results.push_back(parser.fields(QByteArray(l.constData(), l.size()))); // the caller's copy goes at once
        l.fill('#'); // and so does every other copy of the line's bytes
    }
    QCOMPARE(results.size(), size_t(lines.size()));
    int withInterface = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        const SyslogFields &f = results[i];
        QCOMPARE(f.toMessage().toDetailedJson(), expected.at(qsizetype(i)));
        if (!f.parsed)
            continue;
        // Read off the decoded line, not copied out of it.
        const auto inText = [&f](QStringView v) {
            return v.isEmpty() || (v.data() >= f.text.constData() && v.data() + v.size() <= f.text.constData() + f.text.size());
        };
        QVERIFY(inText(f.host));
        QVERIFY(inText(f.message));
        QVERIFY(inText(f.date));
        QVERIFY(inText(f.time));
        // Captured values too (a rule's fixed values are the rule's own text).
        if (f.hasValue(u"interface")) {
            ++withInterface;
            QVERIFY(!f.value(u"interface").isEmpty());
            QVERIFY(inText(f.value(u"interface")));
        }
        if (f.hasValue(u"neighbor"))
            QVERIFY(!f.value(u"neighbor").isEmpty() && inText(f.value(u"neighbor")));
        // An ASCII line's fields are its own bytes (the intake copies them as UTF-8); any
        // other line's are not, nor is anything outside the line.
        const bool ascii = !f.text.isEmpty() && QtPrivate::isAscii(QStringView(f.text));
        QCOMPARE(f.textIsAscii, ascii && f.text.front() != QChar(0xFEFF));
        for (const QStringView v : {f.host, f.tag, f.message, f.value(u"interface")}) {
            const QByteArrayView bytes = f.rawBytesOf(v);
            if (f.textIsAscii && !v.isNull() && inText(v))
                QCOMPARE(QString::fromUtf8(bytes), v.toString());
            else
                QVERIFY(bytes.isNull());
        }
        QVERIFY(f.rawBytesOf(QStringView(f.os)).isNull());
    }
    QVERIFY(withInterface >= 2); // the checks above saw captured values, not only absent ones
    QCOMPARE(results[0].host.toString(), QStringLiteral("core-rtr1"));
    QCOMPARE(results[1].host.toString(), QStringLiteral("mx960-a"));
    QCOMPARE(results[1].value(u"peer_as").toString(), QStringLiteral("65010"));
}

void TestSyslogParser::operatorRulesOverrideDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("site.json")), R"json({
        "os": ["ios"],
        "rules": [ { "tags": ["LINEPROTO-5-UPDOWN"],
                     "pattern": "^Line protocol on Interface (?<interface>Tunnel\\d+), changed state to (?<state>\\w+)",
                     "kind": "TUNNEL_STATE_CHANGED", "values": { "team": "wan" } } ] })json"));
    SyslogRuleSet rules = SyslogRuleSet::defaults();
    const int before = rules.ruleCount();
    QStringList errors;
    QCOMPARE(rules.addDirectory(dir.path(), &errors), 1);
    QVERIFY(errors.isEmpty());
    QCOMPARE(rules.ruleCount(), before + 1);
    const SyslogParser parser(std::move(rules), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage tunnel = parser.parse("%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel7, changed state to down");
    QCOMPARE(tunnel.kind, QStringLiteral("TUNNEL_STATE_CHANGED"));
    QCOMPARE(tunnel.value(u"team"), QStringLiteral("wan"));
    // Lines the operator rule does not match still get the defaults.
    const SyslogMessage vlan = parser.parse("%LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan9, changed state to down");
    QCOMPARE(vlan.kind, QStringLiteral("INTERFACE_DOWN"));
}

void TestSyslogParser::operatorRulesAddAVendor()
{
    SyslogRuleSet rules = SyslogRuleSet::defaults();
    QString error;
    QVERIFY2(rules.addJson(R"json({
        "os": ["acmeos"],
        "detect": { "processes": ["acme-linkd"] },
        "rules": [ { "tags": ["LINK_FLAP"], "pattern": "^port (?<interface>\\S+) flapped (?<count>\\d+) times",
                     "kind": "INTERFACE_FLAPPING" } ] })json", QStringLiteral("acme.json"), SyslogRuleSet::OperatorLayer, &error),
             qPrintable(error));
    const SyslogParser parser(std::move(rules), optionsAt(utc(2026, 11, 21, 12)));
    const SyslogMessage m = parser.parse("<12>Nov  2 03:04:05 edge9 acme-linkd[7]: LINK_FLAP: port xe7 flapped 12 times");
    QCOMPARE(m.os, QStringLiteral("acmeos"));
    QCOMPARE(m.kind, QStringLiteral("INTERFACE_FLAPPING"));
    QCOMPARE(valuesString(m), QStringLiteral("count=12|interface=xe7"));
}

void TestSyslogParser::brokenRuleFilesAreReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{ rules: [");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("bad regex") << QByteArray(R"json({"os":["ios"],"rules":[{"tags":["X-1-Y"],"pattern":"(unclosed"}]})json");
    QTest::newRow("rule matches everything") << QByteArray(R"json({"os":["ios"],"rules":[{"kind":"K"}]})json");
    QTest::newRow("detect without os") << QByteArray(R"json({"detect":{"processes":["x"]},"rules":[]})json");
}

void TestSyslogParser::brokenRuleFilesAreReported()
{
    QFETCH(QByteArray, json);
    SyslogRuleSet rules = SyslogRuleSet::defaults();
    const int before = rules.ruleCount();
    QString error;
    QVERIFY(!rules.addJson(json, QStringLiteral("broken.json"), SyslogRuleSet::OperatorLayer, &error));
    QVERIFY(error.contains(QLatin1String("broken.json")));
    QCOMPARE(rules.ruleCount(), before);
}

void TestSyslogParser::cliPrintsOneObjectPerLine()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("in.log"));
    QVERIFY(writeFile(file, "<189>2024 Feb 11 10:02:03 leaf-101 %ETHPORT-5-IF_UP: Interface Ethernet1/7 is up in mode trunk\n"
                            "<28>Mar  9 01:02:03 mx1 mib2d[77]: SNMP_TRAP_LINK_DOWN: ifIndex 530, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-1/0/3\r\n"
                            "\xff\xfe garbage\n"));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runParseSyslogCommand({file}, out, err), int(ParseSyslogUnparsedLines));
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList contract = {QStringLiteral("date"), QStringLiteral("facility"), QStringLiteral("host"),
                                  QStringLiteral("kind"), QStringLiteral("message"), QStringLiteral("os"),
                                  QStringLiteral("severity"), QStringLiteral("tag"), QStringLiteral("time"),
                                  QStringLiteral("timestamp"), QStringLiteral("values")};
    QList<QJsonObject> objs;
    for (const QString &l : lines) {
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(l.toUtf8(), &pe);
        QVERIFY2(d.isObject(), qPrintable(pe.errorString()));
        QCOMPARE(d.object().keys(), contract);
        objs.append(d.object());
    }
    QCOMPARE(objs[0].value(QLatin1String("os")).toString(), QStringLiteral("nxos"));
    QCOMPARE(objs[0].value(QLatin1String("date")).toString(), QStringLiteral("2024 Feb 11"));
    QCOMPARE(objs[0].value(QLatin1String("timestamp")).toString(), QStringLiteral("2024-02-11T10:02:03Z"));
    QCOMPARE(objs[0].value(QLatin1String("values")).toObject().value(QLatin1String("interface")).toString(), QStringLiteral("Ethernet1/7"));
    QCOMPARE(objs[1].value(QLatin1String("kind")).toString(), QStringLiteral("INTERFACE_DOWN"));
    QCOMPARE(objs[1].value(QLatin1String("tag")).toString(), QStringLiteral("SNMP_TRAP_LINK_DOWN"));
    QVERIFY(objs[2].value(QLatin1String("kind")).isNull());
    QVERIFY(errText.contains(QLatin1String(":3:")));
}

void TestSyslogParser::cliUsesRulesFolder()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("r.json")),
                      R"json({"os":["nxos"],"rules":[{"tags":["ETHPORT-5-IF_UP"],"kind":"PORT_CAME_UP"}]})json"));
    const QString file = dir.filePath(QStringLiteral("in.log"));
    QVERIFY(writeFile(file, "<189>2024 Feb 11 10:02:03 leaf-101 %ETHPORT-5-IF_UP: Interface Ethernet1/7 is up\n"));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runParseSyslogCommand({QStringLiteral("--rules"), dir.path(), file}, out, err), int(ParseSyslogOk));
    QCOMPARE(QJsonDocument::fromJson(outText.trimmed().toUtf8()).object().value(QLatin1String("kind")).toString(),
             QStringLiteral("PORT_CAME_UP"));
}

void TestSyslogParser::cliReportsErrors()
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runParseSyslogCommand({QStringLiteral("/nonexistent/nocdesk/x.log")}, out, err), int(ParseSyslogFailure));
    QVERIFY(errText.contains(QLatin1String("x.log")));
    errText.clear();
    QCOMPARE(runParseSyslogCommand({QStringLiteral("--bogus")}, out, err), int(ParseSyslogUsage));
    QVERIFY(errText.contains(QLatin1String("--bogus")));
    errText.clear();
    QCOMPARE(runParseSyslogCommand({QStringLiteral("--rules")}, out, err), int(ParseSyslogUsage));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.json")), "{"));
    errText.clear();
    QCOMPARE(runParseSyslogCommand({QStringLiteral("--rules"), dir.path(), QStringLiteral("/dev/null")}, out, err), int(ParseSyslogFailure));
    QVERIFY(errText.contains(QLatin1String("bad.json")));
}

QTEST_GUILESS_MAIN(TestSyslogParser)
#include "tst_syslogparser.moc"
