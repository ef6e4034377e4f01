#pragma once

#include "Store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace nocdesk {

// Maintenances as an RFC 5545 calendar (written by libical) that calendar clients show and that
// BCOP "maintnote" readers, NocDesk's own parser included, read back into the same maintenances:
// one VEVENT per window with a UID stable per (maintenance, window), the maintenance's DTSTAMP
// and SEQUENCE, SUMMARY, STATUS and the X-MAINTNOTE-* properties (PROVIDER, ACCOUNT when a
// notice named it, MAINTENANCE-ID, OBJECT-ID with X-MAINTNOTE-OBJECT-IMPACT per circuit, IMPACT,
// STATUS).
class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::IcsExport)
public:
    // accounts: the provider's account per maintenance id, where known. exportedAt stands in for
    // DTSTAMP when a maintenance has no stamp.
    [[nodiscard]] static QByteArray toIcs(const QList<Maintenance> &maintenances,
                                          const QHash<qint64, QString> &accounts = {},
                                          const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());
    // What the console calls with the maintenances it shows: takes the current windows (a window
    // a RE-SCHEDULED notice replaced is left out) and the accounts from the store.
    [[nodiscard]] static QByteArray fromStore(const Store &store, const QList<Maintenance> &maintenances,
                                              const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

    // The provider's account, as the newest notice applied to each maintenance gave it.
    [[nodiscard]] static QHash<qint64, QString> accountsOf(const Store &store, const QList<Maintenance> &maintenances);
    // Derived from the provider, the provider's maintenance id and the window's times only, so
    // it is the same in every export and on every console.
    [[nodiscard]] static QString uid(const Maintenance &maintenance, const MaintenanceWindow &window);
    // RFC 5545 STATUS for a maintenance status; empty for NO-CHANGE, which has none.
    [[nodiscard]] static QString calendarStatus(MaintenanceStatus status);
};

} // namespace nocdesk
