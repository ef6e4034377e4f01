// Scores the parser against the syslog corpus (../shared/corpus/syslog):
//  - napalm-logs: per case host, os, tag, facility, severity, date, time, kind and the key
//    values of yang.json (mapping below) must all match; >= 95% of the cases of the supported
//    platforms must be fully correct.
//  - noc-classification-tests: body-only lines of the supported NOC profiles; the captured
//    values that have a counterpart here and the event classes that map to a kind are scored.
#include "syslog/syslogparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace nocdesk::syslog;

namespace {

// The build's corpus folder; NOCDESK_CORPUS_DIR in the environment overrides it.
const QString kCorpus = qEnvironmentVariable("NOCDESK_CORPUS_DIR", QStringLiteral(NOCDESK_CORPUS_DIR));
const QStringList kSupportedOs = {QStringLiteral("eos"), QStringLiteral("huawei"), QStringLiteral("ios"),
                                  QStringLiteral("iosxr"), QStringLiteral("junos"), QStringLiteral("nxos")};

// States are compared on letters and digits, case-folded; vendors spell OpenConfig's enums
// their own way ("2Way" for TWO_WAY, "ExStart" for EXCHANGE_START, "OpenSent" for OPEN_SENT).
QString normState(const QString &s)
{
    QString n;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            n.append(c.toUpper());
    }
    if (n == QLatin1String("TWOWAY"))
        return QStringLiteral("2WAY");
    if (n == QLatin1String("EXCHANGESTART"))
        return QStringLiteral("EXSTART");
    return n;
}

bool valueMatches(const QString &key, const QString &expected, const QString &actual)
{
    if (key == QLatin1String("state") || key == QLatin1String("old_state"))
        return normState(expected) == normState(actual);
    return expected == actual;
}

// yang.json -> our key values. List keys become interface / neighbor / user / server; leaves:
// peer_as, state (oper_status, else session/adjacency state, else admin_status), old_state,
// reason (change reason texts, alarm text), received/limit (prefix counts), process/pid.
struct YangExpect
{
    QString interface;
    int interfaceDepth = -1;
    QString neighbor, user, server, peerAs, oper, admin, sessionState, oldState, reason, received, limit, process, pid;
};

void walkYang(const QJsonObject &o, const QString &parent, int depth, bool inProcess, YangExpect *e)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue &v = it.value();
        if (v.isObject()) {
            if ((parent == QLatin1String("interface") || parent == QLatin1String("member")) && depth > e->interfaceDepth) {
                e->interface = k;
                e->interfaceDepth = depth;
            } else if (parent == QLatin1String("neighbor") || parent == QLatin1String("adjacency")) {
                e->neighbor = k;
            } else if (parent == QLatin1String("user")) {
                e->user = k;
            } else if (parent == QLatin1String("server")) {
                e->server = k;
            } else if (parent == QLatin1String("process") && !k.isEmpty() && k.front().isDigit()) {
                e->pid = k;
            }
            walkYang(v.toObject(), k, depth + 1, inProcess || k == QLatin1String("process"), e);
            continue;
        }
        const QString s = v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QString());
        if (s.isEmpty())
            continue;
        if (k == QLatin1String("peer_as")) {
            bool num = false;
            s.toLongLong(&num);
            if (num) // napalm sometimes puts the address there
                e->peerAs = s;
        } else if (k == QLatin1String("oper_status")) {
            e->oper = s;
        } else if (k == QLatin1String("admin_status")) {
            e->admin = s;
        } else if (k == QLatin1String("session-state") || k == QLatin1String("session_state")
                   || k == QLatin1String("adjacency-state")) {
            e->sessionState = s;
        } else if (k == QLatin1String("session-state-old")) {
            e->oldState = s;
        } else if (k == QLatin1String("adjacency-state-change-reason-message") || k == QLatin1String("change_reason")
                   || k == QLatin1String("additional-text")) {
            e->reason = s;
        } else if (k == QLatin1String("received")) {
            e->received = s;
        } else if (k == QLatin1String("max_prefixes")) {
            e->limit = s;
        } else if (k == QLatin1String("id") && parent == QLatin1String("interface")) {
            e->interface = s;
            e->interfaceDepth = depth;
        } else if (k == QLatin1String("interface") && depth > e->interfaceDepth) {
            e->interface = s;
            e->interfaceDepth = depth;
        } else if (inProcess && k == QLatin1String("name")) {
            e->process = s;
        } else if (inProcess && k == QLatin1String("pid")) {
            e->pid = s;
        } else if (inProcess && k == QLatin1String("state")) {
            e->sessionState = s;
        }
    }
}

QList<QPair<QString, QString>> expectedValues(const QJsonObject &yang)
{
    YangExpect e;
    walkYang(yang, QString(), 0, false, &e);
    QList<QPair<QString, QString>> out;
    auto add = [&out](const char *k, const QString &v) {
        if (!v.isEmpty())
            out.append({QLatin1String(k), v});
    };
    add("interface", e.interface);
    add("neighbor", e.neighbor);
    add("user", e.user);
    add("server", e.server);
    add("peer_as", e.peerAs);
    add("state", !e.oper.isEmpty() ? e.oper : (!e.sessionState.isEmpty() ? e.sessionState : e.admin));
    add("old_state", e.oldState);
    add("reason", e.reason);
    add("received", e.received);
    add("limit", e.limit);
    add("process", e.process);
    add("pid", e.pid);
    return out;
}

ParserOptions fixedOptions()
{
    ParserOptions o;
    o.referenceNow = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
    return o;
}

} // namespace

class TestSyslogConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void napalmLogs();
    void nocClassification();
};

void TestSyslogConformance::napalmLogs()
{
    const QString root = kCorpus + QStringLiteral("/syslog/napalm-logs");
    if (!QDir(root).exists())
        QSKIP(qPrintable(QStringLiteral("napalm-logs corpus not found at %1 (set NOCDESK_CORPUS_DIR)").arg(root)));

    const SyslogParser parser(SyslogRuleSet::defaults(), fixedOptions());
    QMap<QString, QPair<int, int>> perOs; // os -> (cases, fully correct)
    int total = 0;
    int correct = 0;
    QStringList failures;
    for (const QString &os : kSupportedOs) {
        QDirIterator it(root + u'/' + os, {QStringLiteral("syslog.msg")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &msgPath : files) {
            QFile mf(msgPath);
            QFile yf(QFileInfo(msgPath).dir().filePath(QStringLiteral("yang.json")));
            QVERIFY(mf.open(QIODevice::ReadOnly));
            QVERIFY(yf.open(QIODevice::ReadOnly));
            const QByteArray line = mf.readAll().trimmed();
            const QJsonObject exp = QJsonDocument::fromJson(yf.readAll()).object();
            const QJsonObject md = exp.value(QLatin1String("message_details")).toObject();
            const SyslogMessage m = parser.parse(line);

            QStringList diffs;
            auto cmp = [&diffs](const char *field, const QString &want, const QString &got) {
                if (want != got)
                    diffs.append(QStringLiteral("%1: want '%2' got '%3'").arg(QLatin1String(field), want, got));
            };
            cmp("parsed", QStringLiteral("true"), m.parsed ? QStringLiteral("true") : QStringLiteral("false"));
            cmp("os", exp.value(QLatin1String("os")).toString(), m.os);
            cmp("host", exp.value(QLatin1String("host")).toString(), m.host);
            cmp("tag", md.value(QLatin1String("tag")).toString(), m.tag);
            cmp("kind", exp.value(QLatin1String("error")).toString(), m.kind);
            cmp("facility", QString::number(exp.value(QLatin1String("facility")).toInt()), QString::number(m.facility));
            cmp("severity", QString::number(exp.value(QLatin1String("severity")).toInt()), QString::number(m.severity));
            cmp("date", md.value(QLatin1String("date")).toString(), m.date);
            cmp("time", md.value(QLatin1String("time")).toString(), m.time);
            for (const auto &kv : expectedValues(exp.value(QLatin1String("yang_message")).toObject())) {
                const QString got = m.value(kv.first);
                if (!valueMatches(kv.first, kv.second, got))
                    diffs.append(QStringLiteral("values.%1: want '%2' got '%3'").arg(kv.first, kv.second, got));
            }
            auto &slot = perOs[os];
            ++slot.first;
            ++total;
            if (diffs.isEmpty()) {
                ++slot.second;
                ++correct;
            } else {
                failures.append(QDir(root).relativeFilePath(msgPath) + QStringLiteral(": ") + diffs.join(QStringLiteral("; ")));
            }
        }
    }
    for (auto it = perOs.cbegin(); it != perOs.cend(); ++it) {
        qInfo("napalm-logs %-7s %3d/%3d fully correct (%5.1f%%)", qPrintable(it.key()), it.value().second,
              it.value().first, 100.0 * it.value().second / qMax(1, it.value().first));
    }
    qInfo("napalm-logs total   %3d/%3d fully correct (%5.1f%%)", correct, total, 100.0 * correct / qMax(1, total));
    for (const QString &f : failures)
        qInfo("  mismatch %s", qPrintable(f));
    QVERIFY2(total > 0, "no napalm-logs cases of the supported platforms found");
    QVERIFY2(correct * 100 >= total * 95, qPrintable(QStringLiteral("only %1 of %2 cases fully correct").arg(correct).arg(total)));
}

void TestSyslogConformance::nocClassification()
{
    const QString path = kCorpus + QStringLiteral("/syslog/noc-classification-tests/cases.jsonl");
    QFile f(path);
    if (!f.exists())
        QSKIP(qPrintable(QStringLiteral("noc-classification-tests corpus not found at %1 (set NOCDESK_CORPUS_DIR)").arg(path)));
    QVERIFY(f.open(QIODevice::ReadOnly));

    const QMap<QString, QString> profileOs = {
        {QStringLiteral("Cisco.IOS"), QStringLiteral("ios")},   {QStringLiteral("Cisco.IOSXR"), QStringLiteral("iosxr")},
        {QStringLiteral("Cisco.NXOS"), QStringLiteral("nxos")}, {QStringLiteral("Arista.EOS"), QStringLiteral("eos")},
        {QStringLiteral("Juniper.JUNOS"), QStringLiteral("junos")}, {QStringLiteral("Huawei.VRP"), QStringLiteral("huawei")},
    };
    // NOC capture name -> our value name.
    const QMap<QString, QString> captureKey = {
        {QStringLiteral("interface"), QStringLiteral("interface")}, {QStringLiteral("neighbor"), QStringLiteral("neighbor")},
        {QStringLiteral("peer"), QStringLiteral("neighbor")},       {QStringLiteral("as"), QStringLiteral("peer_as")},
        {QStringLiteral("user"), QStringLiteral("user")},           {QStringLiteral("reason"), QStringLiteral("reason")},
        {QStringLiteral("from_state"), QStringLiteral("old_state")}, {QStringLiteral("to_state"), QStringLiteral("state")},
        {QStringLiteral("from_state__enum__bgp_state"), QStringLiteral("old_state")},
        {QStringLiteral("to_state__enum__bgp_state"), QStringLiteral("state")},
        {QStringLiteral("state"), QStringLiteral("state")},         {QStringLiteral("vrf"), QStringLiteral("vrf")},
        {QStringLiteral("mac"), QStringLiteral("mac")},             {QStringLiteral("vlan"), QStringLiteral("vlan")},
        {QStringLiteral("server_address"), QStringLiteral("server")}, {QStringLiteral("command"), QStringLiteral("command")},
        {QStringLiteral("area"), QStringLiteral("area")},           {QStringLiteral("level"), QStringLiteral("level")},
        {QStringLiteral("limit"), QStringLiteral("limit")},         {QStringLiteral("name"), QStringLiteral("component")},
    };
    // NOC event class -> our kinds that count as the same event.
    const QMap<QString, QStringList> classKinds = {
        {QStringLiteral("Network | Link | Link Down"), {QStringLiteral("INTERFACE_DOWN")}},
        {QStringLiteral("Network | Link | Link Up"), {QStringLiteral("INTERFACE_UP")}},
        {QStringLiteral("Network | BGP | Peer Down"), {QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")}},
        {QStringLiteral("Network | BGP | Established"), {QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")}},
        {QStringLiteral("Network | BGP | Peer State Changed"), {QStringLiteral("BGP_NEIGHBOR_STATE_CHANGED")}},
        {QStringLiteral("Network | BGP | Max Prefixes Exceeds"), {QStringLiteral("BGP_PREFIX_LIMIT_EXCEEDED")}},
        {QStringLiteral("Network | BGP | Prefix Limit Exceeded"), {QStringLiteral("BGP_PREFIX_LIMIT_EXCEEDED"), QStringLiteral("BGP_PREFIX_THRESH_EXCEEDED")}},
        {QStringLiteral("Network | OSPF | Neighbor Up"), {QStringLiteral("OSPF_NEIGHBOR_UP")}},
        {QStringLiteral("Network | OSPF | Neighbor Down"), {QStringLiteral("OSPF_NEIGHBOR_DOWN")}},
        {QStringLiteral("Network | IS-IS | Adjacency Up"), {QStringLiteral("ISIS_NEIGHBOR_UP")}},
        {QStringLiteral("Network | IS-IS | Adjacency Down"), {QStringLiteral("ISIS_NEIGHBOR_DOWN")}},
        {QStringLiteral("Network | MPLS | LDP Neighbor Up"), {QStringLiteral("LDP_NEIGHBOR_UP")}},
        {QStringLiteral("Network | MPLS | LDP Neighbor Down"), {QStringLiteral("LDP_NEIGHBOR_DOWN")}},
        {QStringLiteral("Network | NTP | NTP Server Unreachable"), {QStringLiteral("NTP_SERVER_UNREACHABLE")}},
        {QStringLiteral("Network | STP | BPDU Guard Violation"), {QStringLiteral("STP_BLOCK_BPDUGUARD"), QStringLiteral("BPDU_BLOCK_INTERFACE_DISABLED")}},
        {QStringLiteral("Config | Exiting Configuration Mode"), {QStringLiteral("USER_EXIT_CONFIG_MODE")}},
        {QStringLiteral("Config | Entering Configuration Mode"), {QStringLiteral("USER_ENTER_CONFIG_MODE")}},
        {QStringLiteral("Config | Config Changed"), {QStringLiteral("USER_EXIT_CONFIG_MODE"), QStringLiteral("CONFIGURATION_COMMIT_COMPLETED"), QStringLiteral("CONFIGURATION_CHANGED")}},
        {QStringLiteral("Security | Authentication | Login"), {QStringLiteral("USER_LOGIN")}},
        {QStringLiteral("Security | Authentication | Logout"), {QStringLiteral("USER_LOGOUT")}},
        {QStringLiteral("Security | Authentication | Login Failed"), {QStringLiteral("USER_LOGIN_FAILED")}},
        {QStringLiteral("Chassis | Fan | Fan Failed"), {QStringLiteral("FAN_FAILED")}},
        {QStringLiteral("Chassis | Fan | Fan Recovered"), {QStringLiteral("FAN_RECOVERED")}},
        {QStringLiteral("Chassis | PSU | PSU Failed"), {QStringLiteral("POWER_SUPPLY_FAILED"), QStringLiteral("POWER_REDUNDANCY_LOST")}},
        {QStringLiteral("Chassis | PSU | PSU Recovered"), {QStringLiteral("POWER_SUPPLY_RECOVERED"), QStringLiteral("POWER_REDUNDANCY_RESTORED")}},
        {QStringLiteral("Environment | Temperature Out of Range"), {QStringLiteral("TEMPERATURE_HIGH")}},
        {QStringLiteral("Environment | Temperature Returned to Normal Range"), {QStringLiteral("TEMPERATURE_RECOVERED")}},
        {QStringLiteral("Security | ACL | ACL Deny"), {QStringLiteral("ACL_DENY")}},
        {QStringLiteral("Security | ACL | ACL Permit"), {QStringLiteral("ACL_PERMIT")}},
    };

    const SyslogParser parser(SyslogRuleSet::defaults(), fixedOptions());
    struct Score { int cases = 0, recognised = 0, kindCases = 0, kindOk = 0, values = 0, valuesOk = 0; };
    QMap<QString, Score> perOs;
    QStringList misses;
    while (!f.atEnd()) {
        const QByteArray rawLine = f.readLine().trimmed();
        if (rawLine.isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(rawLine).object();
        QString os;
        for (const QJsonValue &p : c.value(QLatin1String("profiles")).toArray()) {
            os = profileOs.value(p.toString());
            if (!os.isEmpty())
                break;
        }
        if (os.isEmpty())
            continue;
        const QString text = c.value(QLatin1String("message")).toString();
        const SyslogMessage m = parser.parseText(text);
        Score &s = perOs[os];
        ++s.cases;
        if (m.parsed && !m.tag.isEmpty())
            ++s.recognised;
        const QString cls = c.value(QLatin1String("event_class")).toString();
        const auto kinds = classKinds.constFind(cls);
        if (kinds != classKinds.cend()) {
            ++s.kindCases;
            if (kinds->contains(m.kind))
                ++s.kindOk;
            else
                misses.append(QStringLiteral("[%1] kind want %2 got '%3': %4").arg(os, kinds->join(u'|'), m.kind, text));
        }
        const QJsonObject caps = c.value(QLatin1String("expected_captures")).toObject();
        for (auto it = caps.begin(); it != caps.end(); ++it) {
            const QString key = captureKey.value(it.key());
            if (key.isEmpty())
                continue;
            ++s.values;
            const QString want = it.value().toString();
            const QString got = m.value(key);
            if (valueMatches(key, want, got))
                ++s.valuesOk;
            else
                misses.append(QStringLiteral("[%1] %2 want '%3' got '%4': %5").arg(os, key, want, got, text));
        }
    }
    Score all;
    for (auto it = perOs.cbegin(); it != perOs.cend(); ++it) {
        const Score &s = it.value();
        qInfo("noc %-7s cases %3d  recognised %3d (%5.1f%%)  kind %3d/%3d  key values %3d/%3d (%5.1f%%)",
              qPrintable(it.key()), s.cases, s.recognised, 100.0 * s.recognised / qMax(1, s.cases), s.kindOk,
              s.kindCases, s.valuesOk, s.values, 100.0 * s.valuesOk / qMax(1, s.values));
        all.cases += s.cases;
        all.recognised += s.recognised;
        all.kindCases += s.kindCases;
        all.kindOk += s.kindOk;
        all.values += s.values;
        all.valuesOk += s.valuesOk;
    }
    qInfo("noc total   cases %3d  recognised %3d (%5.1f%%)  kind %3d/%3d (%5.1f%%)  key values %3d/%3d (%5.1f%%)",
          all.cases, all.recognised, 100.0 * all.recognised / qMax(1, all.cases), all.kindOk, all.kindCases,
          100.0 * all.kindOk / qMax(1, all.kindCases), all.valuesOk, all.values, 100.0 * all.valuesOk / qMax(1, all.values));
    if (qEnvironmentVariableIsSet("NOCDESK_SYSLOG_VERBOSE")) {
        for (const QString &m : misses)
            qInfo("  %s", qPrintable(m));
    }
    QVERIFY2(all.cases > 0, "no noc-classification cases of the supported profiles found");
    // Regression floor; the figures above are the report.
    QVERIFY2(all.kindOk * 100 >= all.kindCases * 90, "event kinds regressed");
    QVERIFY2(all.valuesOk * 100 >= all.values * 75, "key values regressed");
}

QTEST_GUILESS_MAIN(TestSyslogConformance)
#include "tst_syslogconformance.moc"
