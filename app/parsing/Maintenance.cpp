#include "Maintenance.h"

#include <QCoreApplication>

namespace nocdesk::parsing {

namespace {
struct StatusEntry { Status status; const char *name; };
constexpr StatusEntry kStatuses[] = {
    {Status::Tentative, "TENTATIVE"},   {Status::Confirmed, "CONFIRMED"},
    {Status::Cancelled, "CANCELLED"},   {Status::InProcess, "IN-PROCESS"},
    {Status::Completed, "COMPLETED"},   {Status::ReScheduled, "RE-SCHEDULED"},
    {Status::NoChange, "NO-CHANGE"},
};
struct ImpactEntry { Impact impact; const char *name; };
constexpr ImpactEntry kImpacts[] = {
    {Impact::NoImpact, "NO-IMPACT"}, {Impact::ReducedRedundancy, "REDUCED-REDUNDANCY"},
    {Impact::Degraded, "DEGRADED"},  {Impact::Outage, "OUTAGE"},
};

bool isMissing(const QString &s)
{
    return s.trimmed().isEmpty() || s == QLatin1String("None");
}

// lupdate files these strings under the context named here.
class MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::parsing::Maintenance)
};
} // namespace

QString statusName(Status s)
{
    for (const auto &e : kStatuses)
        if (e.status == s)
            return QLatin1String(e.name);
    return {};
}

QString impactName(Impact i)
{
    for (const auto &e : kImpacts)
        if (e.impact == i)
            return QLatin1String(e.name);
    return {};
}

std::optional<Status> statusFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    for (const auto &e : kStatuses)
        if (n == QLatin1String(e.name))
            return e.status;
    return std::nullopt;
}

std::optional<Impact> impactFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    for (const auto &e : kImpacts)
        if (n == QLatin1String(e.name))
            return e.impact;
    return std::nullopt;
}

QString Maintenance::validationError() const
{
    if (isMissing(account))
        return MaintenanceText::tr("the account is missing");
    if (isMissing(maintenanceId))
        return MaintenanceText::tr("the maintenance id is missing");
    if (isMissing(provider))
        return MaintenanceText::tr("the provider is missing");
    if (isMissing(uid))
        return MaintenanceText::tr("the uid is missing");
    if (end <= start)
        return MaintenanceText::tr("the end time is not after the start time");
    if (circuits.isEmpty() && status != Status::Cancelled && status != Status::Completed)
        return MaintenanceText::tr("no circuit is affected, but the status is neither CANCELLED nor COMPLETED");
    for (const Circuit &c : circuits)
        if (c.circuitId.trimmed().isEmpty())
            return MaintenanceText::tr("a circuit id is empty");
    return {};
}

QJsonObject Maintenance::toJson() const
{
    QJsonArray jc;
    for (const Circuit &c : circuits)
        jc.append(QJsonObject{{QStringLiteral("circuit_id"), c.circuitId},
                              {QStringLiteral("impact"), impactName(c.impact)}});
    return QJsonObject{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("account"), account},
        {QStringLiteral("maintenance_id"), maintenanceId},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("circuits"), jc},
        {QStringLiteral("start"), start},
        {QStringLiteral("end"), end},
        {QStringLiteral("stamp"), stamp},
        {QStringLiteral("organizer"), organizer},
        {QStringLiteral("uid"), uid},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("summary"), summary},
    };
}

QJsonArray toJson(const QList<Maintenance> &list)
{
    QJsonArray a;
    for (const Maintenance &m : list)
        a.append(m.toJson());
    return a;
}

void MaintenanceDraft::mergeFrom(const MaintenanceDraft &o)
{
    if (o.provider) provider = o.provider;
    if (o.account) account = o.account;
    if (o.maintenanceId) maintenanceId = o.maintenanceId;
    if (o.status) status = o.status;
    if (o.circuits) circuits = o.circuits;
    if (o.start) start = o.start;
    if (o.end) end = o.end;
    if (o.stamp) stamp = o.stamp;
    if (o.organizer) organizer = o.organizer;
    if (o.uid) uid = o.uid;
    if (o.sequence) sequence = o.sequence;
    if (o.summary) summary = o.summary;
}

bool MaintenanceDraft::isEmpty() const
{
    return !provider && !account && !maintenanceId && !status && !circuits && !start && !end
        && !stamp && !organizer && !uid && !sequence && !summary;
}

} // namespace nocdesk::parsing

namespace nocdesk::parsing {
QJsonObject toJson(const MaintenanceDraft &d)
{
    QJsonObject o;
    if (d.provider) o.insert(QStringLiteral("provider"), *d.provider);
    if (d.account) o.insert(QStringLiteral("account"), *d.account);
    if (d.maintenanceId) o.insert(QStringLiteral("maintenance_id"), *d.maintenanceId);
    if (d.status) o.insert(QStringLiteral("status"), statusName(*d.status));
    if (d.circuits) {
        QJsonArray jc;
        for (const Circuit &c : *d.circuits)
            jc.append(QJsonObject{{QStringLiteral("circuit_id"), c.circuitId},
                                  {QStringLiteral("impact"), impactName(c.impact)}});
        o.insert(QStringLiteral("circuits"), jc);
    }
    if (d.start) o.insert(QStringLiteral("start"), *d.start);
    if (d.end) o.insert(QStringLiteral("end"), *d.end);
    if (d.stamp) o.insert(QStringLiteral("stamp"), *d.stamp);
    if (d.organizer) o.insert(QStringLiteral("organizer"), *d.organizer);
    if (d.uid) o.insert(QStringLiteral("uid"), *d.uid);
    if (d.sequence) o.insert(QStringLiteral("sequence"), *d.sequence);
    if (d.summary) o.insert(QStringLiteral("summary"), *d.summary);
    return o;
}
} // namespace nocdesk::parsing
