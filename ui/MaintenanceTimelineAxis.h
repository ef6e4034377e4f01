#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nocdesk {

// The timeline's time axis: where its ticks go and what they say, in the operator's local time.
// Two lines: the major ticks (days, or months when days are narrow) name the date; the minor
// ticks between them are spaced so that no two labels collide at the current scale.
class MaintenanceTimelineAxis
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::MaintenanceTimelineAxis)
public:
    struct Tick
    {
        qint64 at = 0; // seconds since the epoch
        QString label;
        QString shortLabel; // for a major tick whose span is narrower than its label
    };

    // Ticks for the seconds [from, to] at pixelsPerSecond; minLabelWidth is what one minor label
    // needs, in pixels.
    static MaintenanceTimelineAxis compute(qint64 from, qint64 to, double pixelsPerSecond, int minLabelWidth);

    [[nodiscard]] const QList<Tick> &major() const { return m_major; }
    [[nodiscard]] const QList<Tick> &minor() const { return m_minor; }

private:
    QList<Tick> m_major;
    QList<Tick> m_minor;
};

} // namespace nocdesk
