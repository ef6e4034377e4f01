#include "MaintenanceTimelineAxis.h"

#include <QDateTime>
#include <QLocale>

namespace nocdesk {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
} // namespace

MaintenanceTimelineAxis MaintenanceTimelineAxis::compute(qint64 from, qint64 to, double pixelsPerSecond, int minLabelWidth)
{
    MaintenanceTimelineAxis axis;
    if (to < from || pixelsPerSecond <= 0)
        return axis;
    // The smallest step whose labels do not collide.
    static const qint64 steps[] = {kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay, 7 * kDay};
    qint64 step = 7 * kDay;
    for (qint64 s : steps) {
        if (double(s) * pixelsPerSecond >= minLabelWidth) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const bool byHours = step < kDay;

    // Local midnights, so hours and days line up with the operator's clock.
    QDate day = QDateTime::fromSecsSinceEpoch(from).toLocalTime().date();
    const QDate lastDay = QDateTime::fromSecsSinceEpoch(to).toLocalTime().date();
    if (byHours) {
        for (; day <= lastDay; day = day.addDays(1)) {
            const QDateTime midnight = day.startOfDay();
            axis.m_major.append({midnight.toSecsSinceEpoch(), locale.toString(day, QStringLiteral("ddd d MMM yyyy")),
                                locale.toString(day, QStringLiteral("ddd d"))});
            for (qint64 offset = 0; offset < kDay; offset += step) {
                const QDateTime t = midnight.addSecs(offset);
                if (t.date() != day)
                    break; // a short day (daylight saving)
                if (offset > 0)
                    axis.m_minor.append({t.toSecsSinceEpoch(), t.time().toString(QStringLiteral("HH:mm")), {}});
            }
        }
        return axis;
    }
    // Days are narrow: months are the major ticks, days (every one, every other, or Mondays) minor.
    for (QDate month(day.year(), day.month(), 1); month <= lastDay; month = month.addMonths(1))
        axis.m_major.append({month.startOfDay().toSecsSinceEpoch(), locale.toString(month, QStringLiteral("MMMM yyyy")),
                             locale.toString(month, QStringLiteral("MMM"))});
    const bool weekly = step >= 7 * kDay;
    const bool withWeekday = double(kDay) * pixelsPerSecond >= 2.2 * minLabelWidth;
    for (QDate d = day; d <= lastDay; d = d.addDays(1)) {
        if (weekly ? d.dayOfWeek() != Qt::Monday : (step == 2 * kDay && d.toJulianDay() % 2 != 0))
            continue;
        axis.m_minor.append({d.startOfDay().toSecsSinceEpoch(),
                             withWeekday ? locale.toString(d, QStringLiteral("ddd d")) : QString::number(d.day()), {}});
    }
    return axis;
}

} // namespace nocdesk
