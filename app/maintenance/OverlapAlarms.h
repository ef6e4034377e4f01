#pragma once

#include "Store.h"
#include "domain/SiteOverlap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace nocdesk {

// The alarms the overlap job feeds: one per site overlap that reduces or loses the site's
// redundancy and has not ended yet (redundancy lost: Major; reduced: Minor), on the site, with
// the span, the circuits and the maintenances in its text. Raised when a run first finds it;
// cleared (by "nocdesk") when a run no longer finds it, because a maintenance was cancelled,
// re-scheduled or completed, or because its span has passed. An alarm the operator closed stays
// closed: the same overlap does not raise it again.
class OverlapAlarms
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::OverlapAlarms)
public:
    static constexpr const char *kActor = "nocdesk";

    struct Changes
    {
        QList<qint64> raised;
        QList<qint64> cleared;
        [[nodiscard]] bool isEmpty() const { return raised.isEmpty() && cleared.isEmpty(); }
    };

    static Changes sync(Store &store, const QList<SiteOverlap> &overlaps, const QDateTime &now);

    // The alarm a current overlap stands for (id 0), or nullopt when it raises none.
    [[nodiscard]] static std::optional<Alarm> alarmFor(const SiteOverlap &overlap);
    [[nodiscard]] static bool isOverlapAlarm(const Alarm &alarm);
};

} // namespace nocdesk
