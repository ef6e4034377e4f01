#include "IcsExport.h"

#include "CurrentWindows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libical/ical.h>

#include <memory>

namespace nocdesk {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

void addX(icalcomponent *event, const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(event, p);
}

icalproperty_status statusProperty(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::Tentative:
        return ICAL_STATUS_TENTATIVE;
    case MaintenanceStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case MaintenanceStatus::Confirmed:
    case MaintenanceStatus::InProcess:
    case MaintenanceStatus::Completed:
    case MaintenanceStatus::Rescheduled:
        return ICAL_STATUS_CONFIRMED;
    case MaintenanceStatus::NoChange:
        break;
    }
    return ICAL_STATUS_NONE;
}

// For people reading the event in their calendar; readers of the X-MAINTNOTE properties never
// need it.
QString description(const Maintenance &m, const QString &account)
{
    QStringList lines;
    lines << IcsExport::tr("Provider: %1").arg(m.providerDisplayName());
    if (!account.isEmpty())
        lines << IcsExport::tr("Account: %1").arg(account);
    lines << IcsExport::tr("Maintenance: %1").arg(m.maintenanceKey) << IcsExport::tr("Status: %1").arg(storedName(m.status));
    if (!m.impacts.isEmpty()) {
        lines << IcsExport::tr("Circuits:");
        for (const CircuitImpact &i : m.impacts) {
            lines << (i.siteName.isEmpty() ? QStringLiteral("  %1 (%2)").arg(i.circuitRef, storedName(i.impact))
                                           : QStringLiteral("  %1 (%2, %3)").arg(i.circuitRef, storedName(i.impact), i.siteName));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

icalcomponent *eventFor(const Maintenance &m, const MaintenanceWindow &w, const QString &account, const QDateTime &exportedAt)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(IcsExport::uid(m, w).toUtf8().constData()));
    const QDateTime stamp = m.stamp.isValid() ? m.stamp : (m.updatedAt.isValid() ? m.updatedAt : exportedAt);
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(w.start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(w.end)));
    if (m.sequence >= 0)
        icalcomponent_add_property(event, icalproperty_new_sequence(m.sequence));
    const QString summary = m.summary.isEmpty()
        ? IcsExport::tr("Maintenance %1 (%2)").arg(m.maintenanceKey, m.providerDisplayName())
        : m.summary;
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_description(description(m, account).toUtf8().constData()));
    if (!m.organizer.isEmpty()) {
        // ORGANIZER is a URI; a bare address becomes a mailto: one.
        const QString organizer = m.organizer.contains(QLatin1Char(':')) ? m.organizer : QStringLiteral("mailto:") + m.organizer;
        icalcomponent_add_property(event, icalproperty_new_organizer(organizer.toUtf8().constData()));
    }
    if (const icalproperty_status status = statusProperty(m.status); status != ICAL_STATUS_NONE)
        icalcomponent_add_property(event, icalproperty_new_status(status));
    // Busy while the maintenance runs: calendar clients show the time as taken.
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));

    addX(event, "X-MAINTNOTE-PROVIDER", m.providerName);
    if (!account.isEmpty())
        addX(event, "X-MAINTNOTE-ACCOUNT", account);
    addX(event, "X-MAINTNOTE-MAINTENANCE-ID", m.maintenanceKey);
    for (const CircuitImpact &i : m.impacts) {
        icalproperty *object = icalproperty_new_x(i.circuitRef.toUtf8().constData());
        icalproperty_set_x_name(object, "X-MAINTNOTE-OBJECT-ID");
        icalparameter *impact = icalparameter_new_x(storedName(i.impact).toUtf8().constData());
        icalparameter_set_xname(impact, "X-MAINTNOTE-OBJECT-IMPACT");
        icalproperty_add_parameter(object, impact);
        icalcomponent_add_property(event, object);
    }
    if (!m.impacts.isEmpty())
        addX(event, "X-MAINTNOTE-IMPACT", storedName(m.worstImpact()));
    addX(event, "X-MAINTNOTE-STATUS", storedName(m.status));
    return event;
}

} // namespace

QString IcsExport::uid(const Maintenance &m, const MaintenanceWindow &w)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m.providerName.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(m.maintenanceKey.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QByteArray(QByteArray::number(w.start.toSecsSinceEpoch()) + '-' + QByteArray::number(w.end.toSecsSinceEpoch())));
    return QString::fromLatin1(hash.result().toHex().left(32)) + QStringLiteral("@maintenance.nocdesk");
}

QString IcsExport::calendarStatus(MaintenanceStatus status)
{
    const icalproperty_status s = statusProperty(status);
    return s == ICAL_STATUS_NONE ? QString() : QString::fromLatin1(icalproperty_status_to_string(s));
}

QByteArray IcsExport::toIcs(const QList<Maintenance> &maintenances, const QHash<qint64, QString> &accounts,
                            const QDateTime &exportedAt)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//NocDesk//Circuit maintenances//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const Maintenance &m : maintenances) {
        const QList<MaintenanceWindow> windows = m.effectiveWindows();
        for (const MaintenanceWindow &w : windows) {
            if (w.start.isValid() && w.end.isValid())
                icalcomponent_add_component(calendar.get(), eventFor(m, w, accounts.value(m.id), exportedAt));
        }
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

QHash<qint64, QString> IcsExport::accountsOf(const Store &store, const QList<Maintenance> &maintenances)
{
    QList<qint64> ids;
    for (const Maintenance &m : maintenances)
        ids << m.id;
    QHash<qint64, QString> accounts;
    if (ids.isEmpty())
        return accounts;
    const QHash<qint64, QByteArray> notices = store.latestAppliedNotices(ids);
    for (auto it = notices.constBegin(); it != notices.constEnd(); ++it) {
        // The pipeline keeps an array (one entry per window); a single object is read too.
        const QJsonDocument doc = QJsonDocument::fromJson(it.value());
        const QJsonArray entries = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &entry : entries) {
            const QString account = entry[QLatin1String("account")].toString().trimmed();
            if (!account.isEmpty() && account != QLatin1String("None")) {
                accounts.insert(it.key(), account);
                break;
            }
        }
    }
    return accounts;
}

QByteArray IcsExport::fromStore(const Store &store, const QList<Maintenance> &maintenances, const QDateTime &exportedAt)
{
    return toIcs(withCurrentWindows(store, maintenances), accountsOf(store, maintenances), exportedAt);
}

} // namespace nocdesk
