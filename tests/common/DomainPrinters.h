#pragma once

// Lets QCOMPARE print NocDesk's domain enums by their stored names.
#include "domain/Alarm.h"
#include "domain/Event.h"
#include "domain/Maintenance.h"
#include "domain/Notification.h"

#include <QTest>

namespace QTest {
template<> inline char *toString(const nocdesk::MaintenanceStatus &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::Impact &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::NotificationOutcome &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::EventStatus &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::Severity &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::AlarmState &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
template<> inline char *toString(const nocdesk::AlarmSeverity &v) { return qstrdup(qPrintable(nocdesk::storedName(v))); }
} // namespace QTest
