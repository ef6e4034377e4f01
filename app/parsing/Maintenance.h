#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nocdesk::parsing {

enum class Status { Tentative, Confirmed, Cancelled, InProcess, Completed, ReScheduled, NoChange };
enum class Impact { NoImpact, ReducedRedundancy, Degraded, Outage };

[[nodiscard]] QString statusName(Status s);
[[nodiscard]] QString impactName(Impact i);
[[nodiscard]] std::optional<Status> statusFromName(const QString &name);
[[nodiscard]] std::optional<Impact> impactFromName(const QString &name);

struct Circuit
{
    QString circuitId;
    Impact impact = Impact::Outage;
    bool operator==(const Circuit &o) const { return circuitId == o.circuitId && impact == o.impact; }
};

// A validated circuit maintenance, as the corpus and the store know it.
struct Maintenance
{
    QString provider;
    QString account;
    QString maintenanceId;
    Status status = Status::NoChange;
    QList<Circuit> circuits;
    qint64 start = 0;
    qint64 end = 0;
    qint64 stamp = 0;
    QString organizer;
    QString uid;
    int sequence = 1;
    QString summary;

    // Empty when the maintenance is valid, otherwise the first rule it breaks.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] QJsonArray toJson(const QList<Maintenance> &list);

// What one parser found: any subset of the fields. Processors merge drafts, later set
// fields overriding earlier ones, then fill defaults and validate.
struct MaintenanceDraft
{
    std::optional<QString> provider;
    std::optional<QString> account;
    std::optional<QString> maintenanceId;
    std::optional<Status> status;
    std::optional<QList<Circuit>> circuits;
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<qint64> stamp;
    std::optional<QString> organizer;
    std::optional<QString> uid;
    std::optional<int> sequence;
    std::optional<QString> summary;

    void mergeFrom(const MaintenanceDraft &other);
    [[nodiscard]] bool isEmpty() const;
};

} // namespace nocdesk::parsing

namespace nocdesk::parsing {
// The fields a draft has, under the corpus's JSON keys (for parser-level comparisons and logs).
[[nodiscard]] QJsonObject toJson(const MaintenanceDraft &draft);
} // namespace nocdesk::parsing
