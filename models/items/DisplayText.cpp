#include "DisplayText.h"

#include <QLocale>

namespace nocdesk {

QString DisplayText::time(const QDateTime &t)
{
    if (!t.isValid())
        return tr("—");
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString DisplayText::time(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return tr("—");
    // Qt names UTC "UTC" and other zones by their abbreviation (CET, EST).
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString DisplayText::duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours >= 48)
        return tr("%n day(s)", nullptr, int(hours / 24));
    return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
}

QString DisplayText::bytes(qint64 size) { return QLocale().formattedDataSize(size); }

QString DisplayText::name(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::Tentative: return tr("Tentative");
    case MaintenanceStatus::Confirmed: return tr("Confirmed");
    case MaintenanceStatus::Cancelled: return tr("Cancelled");
    case MaintenanceStatus::InProcess: return tr("In process");
    case MaintenanceStatus::Completed: return tr("Completed");
    case MaintenanceStatus::Rescheduled: return tr("Rescheduled");
    case MaintenanceStatus::NoChange: return tr("No change");
    }
    return {};
}

QString DisplayText::name(Impact impact)
{
    switch (impact) {
    case Impact::NoImpact: return tr("No impact");
    case Impact::ReducedRedundancy: return tr("Reduced redundancy");
    case Impact::Degraded: return tr("Degraded");
    case Impact::Outage: return tr("Outage");
    }
    return {};
}

QString DisplayText::name(NotificationOutcome outcome)
{
    switch (outcome) {
    case NotificationOutcome::Pending: return tr("Pending");
    case NotificationOutcome::Parsed: return tr("Parsed");
    case NotificationOutcome::Ignored: return tr("Ignored");
    case NotificationOutcome::ParsingFailed: return tr("Parsing failed");
    case NotificationOutcome::UnknownProvider: return tr("Unknown provider");
    case NotificationOutcome::OutOfSequence: return tr("Out of sequence");
    case NotificationOutcome::UnknownCircuits: return tr("Unknown circuits");
    }
    return {};
}

QString DisplayText::name(Severity severity)
{
    switch (severity) {
    case Severity::Emergency: return tr("Emergency");
    case Severity::Alert: return tr("Alert");
    case Severity::Critical: return tr("Critical");
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Notice: return tr("Notice");
    case Severity::Informational: return tr("Info");
    case Severity::Debug: return tr("Debug");
    }
    return {};
}

QString DisplayText::name(EventStatus status)
{
    switch (status) {
    case EventStatus::New: return tr("New");
    case EventStatus::Queued: return tr("Queued");
    case EventStatus::Running: return tr("Running");
    case EventStatus::Remediated: return tr("Remediated");
    case EventStatus::Failed: return tr("Failed");
    case EventStatus::Suppressed: return tr("Suppressed");
    case EventStatus::Ignored: return tr("Ignored");
    }
    return {};
}

QString DisplayText::name(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Cleared: return tr("Cleared");
    case AlarmSeverity::Indeterminate: return tr("Indeterminate");
    case AlarmSeverity::Warning: return tr("Warning");
    case AlarmSeverity::Minor: return tr("Minor");
    case AlarmSeverity::Major: return tr("Major");
    case AlarmSeverity::Critical: return tr("Critical");
    }
    return {};
}

QString DisplayText::name(AlarmState state)
{
    switch (state) {
    case AlarmState::Active: return tr("Active");
    case AlarmState::Acknowledged: return tr("Acknowledged");
    case AlarmState::Cleared: return tr("Cleared");
    case AlarmState::Closed: return tr("Closed");
    }
    return {};
}

QString DisplayText::name(OverlapKind kind)
{
    switch (kind) {
    case OverlapKind::Overlap: return tr("Overlap");
    case OverlapKind::RedundancyReduced: return tr("Redundancy reduced");
    case OverlapKind::RedundancyLost: return tr("Redundancy lost");
    }
    return {};
}

// Colours are mid-tones that stay readable as text on light and dark palettes.
QColor DisplayText::color(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::InProcess: return QColor(0xd9, 0x48, 0x1c);
    case MaintenanceStatus::Confirmed: return QColor(0x1f, 0x6f, 0xc5);
    case MaintenanceStatus::Rescheduled: return QColor(0x9a, 0x4d, 0xc9);
    case MaintenanceStatus::Tentative: return QColor(0x8a, 0x7a, 0x1f);
    case MaintenanceStatus::Cancelled:
    case MaintenanceStatus::Completed:
    case MaintenanceStatus::NoChange: return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor DisplayText::color(Impact impact)
{
    switch (impact) {
    case Impact::Outage: return QColor(0xc6, 0x28, 0x28);
    case Impact::Degraded: return QColor(0xe0, 0x7b, 0x00);
    case Impact::ReducedRedundancy: return QColor(0xb5, 0x93, 0x00);
    case Impact::NoImpact: return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QColor DisplayText::color(NotificationOutcome outcome)
{
    switch (outcome) {
    case NotificationOutcome::Parsed: return QColor(0x2e, 0x7d, 0x32);
    case NotificationOutcome::ParsingFailed: return QColor(0xc6, 0x28, 0x28);
    case NotificationOutcome::UnknownProvider:
    case NotificationOutcome::UnknownCircuits:
    case NotificationOutcome::OutOfSequence: return QColor(0xe0, 0x7b, 0x00);
    case NotificationOutcome::Pending:
    case NotificationOutcome::Ignored: return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor DisplayText::color(Severity severity)
{
    switch (severity) {
    case Severity::Emergency:
    case Severity::Alert:
    case Severity::Critical: return QColor(0xc6, 0x28, 0x28);
    case Severity::Error: return QColor(0xd9, 0x48, 0x1c);
    case Severity::Warning: return QColor(0xe0, 0x7b, 0x00);
    case Severity::Notice: return QColor(0x1f, 0x6f, 0xc5);
    case Severity::Informational:
    case Severity::Debug: return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor DisplayText::color(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Critical: return QColor(0xc6, 0x28, 0x28);
    case AlarmSeverity::Major: return QColor(0xd9, 0x48, 0x1c);
    case AlarmSeverity::Minor: return QColor(0xe0, 0x7b, 0x00);
    case AlarmSeverity::Warning: return QColor(0xb5, 0x93, 0x00);
    case AlarmSeverity::Indeterminate:
    case AlarmSeverity::Cleared: return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

// The same reds and ambers as the impacts: a lost site reads like an outage.
QColor DisplayText::color(OverlapKind kind)
{
    switch (kind) {
    case OverlapKind::RedundancyLost: return QColor(0xc6, 0x28, 0x28);
    case OverlapKind::RedundancyReduced: return QColor(0xe0, 0x7b, 0x00);
    case OverlapKind::Overlap: return QColor(0x1f, 0x6f, 0xc5);
    }
    return {};
}

} // namespace nocdesk
