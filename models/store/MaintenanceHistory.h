#pragma once

#include <QSqlDatabase>
#include <QString>

namespace nocdesk {

// One line of a maintenance's history (who did what, when), written by the store methods that
// change a maintenance. The action is a stable word ("created", "acknowledged", "status",
// "ack-reset", ...) that the views translate.
void addMaintenanceHistory(const QSqlDatabase &db, qint64 maintenanceId, const QString &actor,
                           const QString &action, const QString &detail);

} // namespace nocdesk
