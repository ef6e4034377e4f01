#include "DemoSeeder.h"

#include "DemoNotices.h"
#include "MailPipeline.h"
#include "SyslogLineParser.h"
#include "Store.h"
#include "TransactionGuard.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace nocdesk {

namespace {

struct DemoSite { const char *name; const char *description; const char *zone; };
struct DemoCircuit { const char *provider; const char *id; const char *type; const char *site; const char *zSite; const char *device; const char *interface; };
struct DemoMaintenance
{
    const char *provider;
    const char *key;
    MaintenanceStatus status;
    int startHours;   // relative to now
    int durationHours;
    Impact impact;
    QList<const char *> circuits;
    const char *summary;
    bool acknowledged;
};

const QList<Provider> &demoProviders()
{
    static const QList<Provider> providers{
        {0, QStringLiteral("zayo"), QStringLiteral("Zayo"), {QStringLiteral("mr@zayo.com")}, {QStringLiteral("zayo.com")}, QStringLiteral("America/Denver")},
        {0, QStringLiteral("lumen"), QStringLiteral("Lumen"), {QStringLiteral("no-reply@lumen.com")}, {QStringLiteral("lumen.com")}, QStringLiteral("America/Denver")},
        {0, QStringLiteral("equinix"), QStringLiteral("Equinix"), {QStringLiteral("no-reply@equinix.com")}, {QStringLiteral("equinix.com")}, QStringLiteral("UTC")},
        {0, QStringLiteral("colt"), QStringLiteral("Colt"), {QStringLiteral("maintenance@colt.net")}, {QStringLiteral("colt.net")}, QStringLiteral("Europe/London")},
        {0, QStringLiteral("gtt"), QStringLiteral("GTT"), {QStringLiteral("infoupdate@gtt.net")}, {QStringLiteral("gtt.net")}, QStringLiteral("UTC")},
        {0, QStringLiteral("arelion"), QStringLiteral("Arelion"), {QStringLiteral("maintenance@arelion.com")}, {QStringLiteral("arelion.com"), QStringLiteral("teliacompany.com")}, QStringLiteral("Europe/Stockholm")},
        {0, QStringLiteral("ntt"), QStringLiteral("NTT"), {QStringLiteral("noc@ntt.net")}, {QStringLiteral("ntt.net")}, QStringLiteral("Asia/Tokyo")},
    };
    return providers;
}

const QList<DemoSite> kSites{
    {"FRA1", "Frankfurt, Equinix FR5", "Europe/Berlin"},
    {"AMS2", "Amsterdam, Digital Realty AMS17", "Europe/Amsterdam"},
    {"LON3", "London, Telehouse North", "Europe/London"},
    {"PAR1", "Paris, Equinix PA3", "Europe/Paris"},
    {"NYC4", "New York, 60 Hudson Street", "America/New_York"},
    {"ASH2", "Ashburn, Equinix DC11", "America/New_York"},
    {"CHI1", "Chicago, 350 E Cermak", "America/Chicago"},
    {"SJC1", "San Jose, Equinix SV1", "America/Los_Angeles"},
};

const QList<DemoCircuit> kCircuits{
    {"zayo", "ZYO-FRA1-100G-0042", "Transport", "FRA1", "AMS2", "fra1-edge-01", "HundredGigE0/0/0/0"},
    {"arelion", "IC-309988-FRA", "IP Transit", "FRA1", "", "fra1-edge-02", "et-0/0/1"},
    {"zayo", "ZYO-AMS2-10G-1187", "Wavelength", "AMS2", "LON3", "ams2-edge-01", "TenGigE0/0/0/3"},
    {"arelion", "IC-311204-AMS", "IP Transit", "AMS2", "", "ams2-edge-02", "xe-0/1/0"},
    {"colt", "LON/LON/LE-195846", "Ethernet", "LON3", "PAR1", "lon3-edge-01", "Ethernet1/1"},
    {"arelion", "IC-298731-LON", "IP Transit", "LON3", "", "lon3-edge-02", "xe-0/0/2"},
    {"gtt", "GTT-PAR-77812", "Wavelength", "PAR1", "FRA1", "par1-edge-01", "TenGigE0/0/0/1"},
    {"colt", "PAR/PAR/LE-210447", "Ethernet", "PAR1", "", "par1-edge-02", "Ethernet2/1"},
    {"lumen", "441204883", "Wavelength", "NYC4", "ASH2", "nyc4-edge-01", "HundredGigE0/0/0/1"},
    {"gtt", "GTT-NYC-60311", "IP Transit", "NYC4", "", "nyc4-edge-02", "et-0/0/0"},
    {"equinix", "22-199384-EQX", "Cross Connect", "ASH2", "", "ash2-edge-01", "Ethernet3/1"},
    {"lumen", "441209512", "IP Transit", "ASH2", "", "ash2-edge-02", "xe-1/0/0"},
    {"lumen", "441188004", "Wavelength", "CHI1", "NYC4", "chi1-edge-01", "HundredGigE0/0/0/0"},
    {"zayo", "ZYO-CHI1-10G-0921", "IP Transit", "CHI1", "", "chi1-edge-02", "xe-0/0/3"},
    {"ntt", "NTT-SJC-100231", "IP Transit", "SJC1", "", "sjc1-edge-01", "Ethernet1/2"},
    {"equinix", "22-201175-EQX", "Cross Connect", "SJC1", "", "sjc1-edge-02", "et-0/0/4"},
};

const QList<DemoMaintenance> kMaintenances{
    {"zayo", "TTN-0004417283", MaintenanceStatus::InProcess, -1, 4, Impact::Outage, {"ZYO-FRA1-100G-0042"},
     "Zayo emergency fiber splice between Frankfurt and Amsterdam", false},
    {"arelion", "ARL-CHG-2026-88412", MaintenanceStatus::Confirmed, -2, 5, Impact::ReducedRedundancy, {"IC-309988-FRA"},
     "Arelion router software upgrade, Frankfurt", true},
    {"lumen", "24583371", MaintenanceStatus::Confirmed, 20, 4, Impact::Outage, {"441204883"},
     "Lumen planned fiber relocation, New York to Ashburn", true},
    {"equinix", "5-224819887263", MaintenanceStatus::Tentative, 70, 3, Impact::NoImpact, {"22-199384-EQX"},
     "Equinix DC11 UPS preventive maintenance", false},
    {"colt", "CRQ0000178215", MaintenanceStatus::Rescheduled, 118, 6, Impact::Degraded, {"LON/LON/LE-195846"},
     "Colt network upgrade, London to Paris (rescheduled)", false},
    {"gtt", "GTT-MAINT-993002", MaintenanceStatus::Completed, -50, 4, Impact::Outage, {"GTT-PAR-77812"},
     "GTT line card replacement, Paris", true},
    {"ntt", "NTT-2026-1103-01", MaintenanceStatus::Cancelled, -96, 2, Impact::Outage, {"NTT-SJC-100231"},
     "NTT core router maintenance, San Jose (cancelled)", true},
    {"zayo", "TTN-0004421950", MaintenanceStatus::Confirmed, 12, 6, Impact::Outage, {"ZYO-AMS2-10G-1187"},
     "Zayo planned maintenance, Amsterdam to London wavelength", false},
    {"lumen", "24571190", MaintenanceStatus::Completed, -170, 3, Impact::Outage, {"441188004"},
     "Lumen amplifier replacement, Chicago", true},
    {"arelion", "ARL-CHG-2026-89120", MaintenanceStatus::Confirmed, 214, 4, Impact::Outage, {"IC-311204-AMS", "IC-298731-LON"},
     "Arelion core upgrade, Amsterdam and London", false},
    {"zayo", "TTN-0004423301", MaintenanceStatus::Confirmed, 36, 5, Impact::Outage, {"ZYO-CHI1-10G-0921"},
     "Zayo router decommission, Chicago", false},
    {"lumen", "24590021", MaintenanceStatus::Confirmed, 37, 3, Impact::Outage, {"441188004"},
     "Lumen splicing, Chicago to New York", false},
};

// Line templates per vendor family, with {interface} and {neighbor} placeholders. Device names pick the family.
struct LineTemplate { const char *code; Severity severity; const char *message; bool interfaceEvent; };

const QList<LineTemplate> kIosXrLines{
    {"PKT_INFRA-LINK-3-UPDOWN", Severity::Error, "Interface {interface}, changed state to Down", true},
    {"PKT_INFRA-LINEPROTO-5-UPDOWN", Severity::Notice, "Line protocol on Interface {interface}, changed state to Down", true},
    {"ROUTING-BGP-5-ADJCHANGE", Severity::Notice, "neighbor {neighbor} Down - BGP Notification sent, hold time expired (VRF: default)", false},
    {"SECURITY-SSHD-6-INFO_SUCCESS", Severity::Informational, "Successfully authenticated user 'noc-automation' from '198.51.100.20' on 'vty0'", false},
};
const QList<LineTemplate> kJunosLines{
    {"SNMP_TRAP_LINK_DOWN", Severity::Warning, "ifIndex 531, ifAdminStatus up(1), ifOperStatus down(2), ifName {interface}", true},
    {"RPD_BGP_NEIGHBOR_STATE_CHANGED", Severity::Warning, "BGP peer {neighbor} (External AS 64512) changed state from Established to Idle (event RecvNotify)", false},
    {"UI_COMMIT_COMPLETED", Severity::Notice, "commit complete", false},
};
const QList<LineTemplate> kEosLines{
    {"LINEPROTO-5-UPDOWN", Severity::Notice, "Line protocol on Interface {interface}, changed state to down", true},
    {"BGP-3-NOTIFICATION", Severity::Error, "sent to neighbor {neighbor} (VRF default AS 64512) 4/0 (Hold Timer Expired Error/Unspecified) 0 bytes", false},
    {"ETH-4-DUPLEX_MISMATCH", Severity::Warning, "Duplex mismatch on {interface}", true},
};

QString demoText(const char *text) { return QString::fromUtf8(text); }

MailRouting demoRouting()
{
    MailRouting routing;
    routing.sourceName = QStringLiteral("noc-mailbox");
    return routing;
}

// The demo's own notices must parse: a failure here is a bug in the demo or the parser.
MailResult ingestDemoMail(MailPipeline &pipeline, const DemoNotice &notice)
{
    const MailResult result = pipeline.ingest(notice.raw, demoRouting(), {}, notice.receivedAt);
    if (result.maintenanceIds.isEmpty())
        throw StoreError(StoreError::Kind::Query, QStringLiteral("demo notice %1 did not parse: %2")
                                                      .arg(notice.messageId, result.error));
    return result;
}

} // namespace

void DemoSeeder::seed(Store &store, const QDateTime &now, const Progress &progress)
{
    TransactionGuard transaction(store.database());
    const int total = 6;
    auto step = [&progress](int done) {
        if (progress)
            progress(done, total);
    };

    step(0);
    for (const Provider &p : demoProviders())
        store.addProvider(p);
    QHash<QString, qint64> siteIds;
    for (const DemoSite &s : kSites)
        siteIds.insert(demoText(s.name), store.addSite({0, demoText(s.name), demoText(s.description), demoText(s.zone)}));

    step(1);
    QHash<QString, QString> osOfDevice;
    for (const DemoCircuit &c : kCircuits) {
        const qint64 providerId = store.providerIdByName(demoText(c.provider));
        const qint64 circuitId = store.addCircuit({0, providerId, demoText(c.id), demoText(c.type),
                                                   siteIds.value(demoText(c.site)), siteIds.value(demoText(c.zSite)), {}});
        const QString device = demoText(c.device);
        const QString interface = demoText(c.interface);
        // Interface naming tells the platform: et-/xe- is Junos, EthernetN is EOS, the rest IOS-XR.
        const QString os = interface.startsWith(QLatin1String("et-")) || interface.startsWith(QLatin1String("xe-"))
            ? QStringLiteral("junos")
            : interface.startsWith(QLatin1String("Ethernet")) ? QStringLiteral("eos") : QStringLiteral("iosxr");
        osOfDevice.insert(device, os);
        const QString vendor = os == QLatin1String("junos") ? QStringLiteral("Juniper")
            : os == QLatin1String("eos")                     ? QStringLiteral("Arista")
                                                             : QStringLiteral("Cisco");
        const qint64 deviceId = store.addDevice({0, device, siteIds.value(demoText(c.site)), vendor, os, {}});
        store.addInterface({0, deviceId, interface, circuitId,
                            demoText(c.provider) + QLatin1Char(' ') + demoText(c.id)});
    }
    store.addNotificationSource(QStringLiteral("noc-mailbox"), QStringLiteral("imap"),
                                QJsonDocument(QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.net")},
                                                          {QStringLiteral("port"), 993},
                                                          {QStringLiteral("tls"), QStringLiteral("implicit")},
                                                          {QStringLiteral("account"), QStringLiteral("noc-notices")},
                                                          {QStringLiteral("folder"), QStringLiteral("INBOX")},
                                                          // a made-up server: never fetched on a schedule
                                                          {QStringLiteral("schedule_minutes"), 0}})
                                    .toJson(QJsonDocument::Compact));

    step(2);
    QHash<QString, qint64> maintenanceOfCircuit;
    MailPipeline pipeline(store, QStringLiteral("demo"));
    const QDateTime hour = now.addSecs(-(now.toSecsSinceEpoch() % 3600)); // whole hours read naturally
    int noticeNumber = 0;
    for (const DemoMaintenance &d : kMaintenances) {
        Maintenance m;
        m.providerName = demoText(d.provider);
        m.maintenanceKey = demoText(d.key);
        m.status = d.status;
        m.summary = demoText(d.summary);
        m.start = hour.addSecs(qint64(d.startHours) * 3600);
        m.end = m.start.addSecs(qint64(d.durationHours) * 3600);
        m.sequence = d.status == MaintenanceStatus::Rescheduled ? 2 : 1;
        m.windows = {{m.start, m.end}};
        if (d.status == MaintenanceStatus::Rescheduled)
            m.windows.prepend({m.start.addSecs(-3 * 24 * 3600), m.end.addSecs(-3 * 24 * 3600)});
        for (const char *circuit : d.circuits)
            m.impacts.append({demoText(circuit), 0, {}, d.impact});
        const Provider provider = *std::find_if(demoProviders().cbegin(), demoProviders().cend(),
                                                [&](const Provider &p) { return p.name == m.providerName; });
        m.organizer = provider.senderAddresses.constFirst();

        // The provider's mails go through the same pipeline as any fetched mail: stored whole,
        // attributed by sender, parsed, applied by the update rules. A re-scheduled maintenance
        // gets the original notice first, then the one that moves it.
        const QDateTime sent = now.addSecs(qint64(-6 - 7 * noticeNumber++) * 3600);
        if (d.status == MaintenanceStatus::Rescheduled) {
            Maintenance original = m;
            original.status = MaintenanceStatus::Confirmed;
            original.sequence = 1;
            original.start = m.windows.constFirst().start;
            original.end = m.windows.constFirst().end;
            ingestDemoMail(pipeline, DemoNotices::bcopMail(provider, original, sent.addDays(-4)));
        }
        const MailResult result = ingestDemoMail(pipeline, DemoNotices::bcopMail(provider, m, sent));
        const qint64 id = result.maintenanceIds.constFirst();
        if (d.acknowledged)
            store.setAcknowledged({id}, true, QStringLiteral("j.doe"));
        for (const char *circuit : d.circuits) {
            if (m.start <= now && now < m.end)
                maintenanceOfCircuit.insert(demoText(circuit), id);
        }
        if (d.status == MaintenanceStatus::Rescheduled) {
            MaintenanceNote note;
            note.author = QStringLiteral("j.doe");
            note.text = QStringLiteral("Provider moved the window by three days; change ticket CHG-20417 updated.");
            note.createdAt = now;
            store.addNote(id, note);
        }
    }
    // Mail the pipeline cannot turn into maintenances, as every inbox has it: an unknown
    // sender, a notice without its window, a newsletter.
    for (const DemoNotice &n : DemoNotices::problemMails(now))
        pipeline.ingest(n.raw, demoRouting(), {}, n.receivedAt);

    step(3);
    QRandomGenerator random(20261121); // a fixed seed: the demo looks the same every time
    QList<Event> events;
    const QList<QString> neighbors{QStringLiteral("192.0.2.17"), QStringLiteral("198.51.100.45"), QStringLiteral("203.0.113.9")};
    for (int i = 0; i < 400; ++i) {
        const DemoCircuit &c = kCircuits.at(random.bounded(int(kCircuits.size())));
        const QString device = demoText(c.device);
        const QString os = osOfDevice.value(device);
        const QList<LineTemplate> &lines = os == QLatin1String("junos") ? kJunosLines
            : os == QLatin1String("eos")                                ? kEosLines
                                                                        : kIosXrLines;
        const LineTemplate &t = lines.at(random.bounded(int(lines.size())));
        // The device's line first; the event is what the intake's parser makes of it.
        Event line;
        line.eventTime = now.addMSecs(-qint64(400 - i) * 54000 - random.bounded(50000));
        line.host = device;
        line.os = os;
        line.facility = 23;
        line.severity = t.severity;
        line.message = demoText(t.message)
                           .replace(QLatin1String("{interface}"), demoText(c.interface))
                           .replace(QLatin1String("{neighbor}"), neighbors.at(random.bounded(int(neighbors.size()))));
        Event e = parseSyslogLine(DemoNotices::syslogLine(line, t.code).toUtf8(), line.eventTime.addMSecs(random.bounded(800)));
        const qint64 underMaintenance = maintenanceOfCircuit.value(demoText(c.id));
        if (e.kind.isEmpty()) {
            e.status = EventStatus::Ignored;
            e.result = QStringLiteral("informational: no remediation mapped");
        } else if (underMaintenance && t.interfaceEvent) {
            e.status = EventStatus::Suppressed;
            e.result = QStringLiteral("Under Maintenance: %1 circuit %2 (maintenance #%3)")
                           .arg(demoText(c.provider), demoText(c.id)).arg(underMaintenance);
        } else if (i % 37 == 0) {
            e.status = EventStatus::Failed;
            e.result = QStringLiteral("clear-bgp-session: ssh %1: connection timed out after 10 s").arg(device);
        } else if (i > 392) {
            e.status = i % 2 ? EventStatus::Queued : EventStatus::New;
        } else {
            e.status = EventStatus::Remediated;
            e.result = t.interfaceEvent ? QStringLiteral("bounce-interface: interface back up after 4 s")
                                        : QStringLiteral("clear-bgp-session: session Established after 12 s");
        }
        if (i % 23 == 0)
            e.count = 2 + random.bounded(6);
        events.append(e);
    }
    const QList<qint64> eventIds = store.addEvents(events);

    step(4);
    struct DemoAlarm { AlarmSeverity severity; const char *object; const char *type; const char *text; AlarmState state; int ageMinutes; int count; bool forwarded; };
    // Redundancy alarms are not made up here: the overlap job raises them from the demo's
    // maintenances once the console has loaded them.
    const QList<DemoAlarm> alarms{
        {AlarmSeverity::Major, "nyc4-edge-02", "remediation-failed",
         "clear-bgp-session failed on nyc4-edge-02: ssh connection timed out", AlarmState::Active, 18, 3, true},
        {AlarmSeverity::Major, "chi1-edge-01 HundredGigE0/0/0/0", "unmapped-fault",
         "PKT_INFRA-LINK-3-UPDOWN has no remediation; interface down for 9 minutes", AlarmState::Acknowledged, 42, 1, true},
        {AlarmSeverity::Minor, "lon3-edge-01 Ethernet1/1", "interface-flapping",
         "Ethernet1/1 went down and up 6 times in 120 s", AlarmState::Active, 7, 6, false},
        {AlarmSeverity::Warning, "ash2-edge-01", "environment",
         "PSU2 input voltage out of range", AlarmState::Cleared, 300, 2, true},
        {AlarmSeverity::Major, "par1-edge-01 TenGigE0/0/0/1", "remediation-failed",
         "bounce-interface failed: interface stayed down", AlarmState::Closed, 3000, 1, true},
    };
    for (int i = 0; i < alarms.size(); ++i) {
        const DemoAlarm &d = alarms.at(i);
        Alarm a;
        a.raisedAt = now.addSecs(-qint64(d.ageMinutes) * 60);
        a.updatedAt = a.raisedAt.addSecs(qint64(d.count - 1) * 20);
        a.severity = d.severity;
        a.objectRef = demoText(d.object);
        a.alarmType = demoText(d.type);
        a.text = demoText(d.text);
        a.count = d.count;
        a.eventId = eventIds.isEmpty() ? 0 : eventIds.at((i * 53) % eventIds.size());
        if (d.forwarded)
            a.forwardedAt = a.raisedAt.addSecs(2);
        const qint64 id = store.raiseAlarm(a, QStringLiteral("nocdesk"));
        if (d.state != AlarmState::Active)
            store.setAlarmState({id}, d.state, QStringLiteral("j.doe"));
    }
    step(5);
    transaction.commit();
    step(6);
}

} // namespace nocdesk
