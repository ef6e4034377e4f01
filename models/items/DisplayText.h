#pragma once

#include "domain/Alarm.h"
#include "domain/Event.h"
#include "domain/Maintenance.h"
#include "domain/Notification.h"
#include "domain/SiteOverlap.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace nocdesk {

// How domain values read and look in the panes: translated names and the colours that let an
// operator scan a column. One place, so every pane says "Outage" the same way.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::DisplayText)
public:
    // Local time with its zone, in a sortable, unambiguous form.
    [[nodiscard]] static QString time(const QDateTime &t);
    // The same in a given zone, e.g. "2026-12-04 00:00 UTC".
    [[nodiscard]] static QString time(const QDateTime &t, const QTimeZone &zone);
    [[nodiscard]] static QString duration(qint64 seconds);
    [[nodiscard]] static QString bytes(qint64 size);

    [[nodiscard]] static QString name(MaintenanceStatus status);
    [[nodiscard]] static QString name(Impact impact);
    [[nodiscard]] static QString name(NotificationOutcome outcome);
    [[nodiscard]] static QString name(Severity severity);
    [[nodiscard]] static QString name(EventStatus status);
    [[nodiscard]] static QString name(AlarmSeverity severity);
    [[nodiscard]] static QString name(AlarmState state);
    [[nodiscard]] static QString name(OverlapKind kind);

    [[nodiscard]] static QColor color(MaintenanceStatus status);
    [[nodiscard]] static QColor color(Impact impact);
    [[nodiscard]] static QColor color(NotificationOutcome outcome);
    [[nodiscard]] static QColor color(Severity severity);
    [[nodiscard]] static QColor color(AlarmSeverity severity);
    [[nodiscard]] static QColor color(OverlapKind kind);
};

} // namespace nocdesk
