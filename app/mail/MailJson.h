#pragma once

#include "Store.h"

#include <QJsonObject>

namespace nocdesk {

// The JSON `nocdesk-cli ... --json` prints: stable keys, times in ISO 8601 UTC.
[[nodiscard]] QJsonObject notificationJson(const Notification &n);
[[nodiscard]] QJsonObject maintenanceJson(const Maintenance &m);

} // namespace nocdesk
