#pragma once

#include "Store.h"

#include <QList>

namespace nocdesk {

// The store keeps every window any notice gave a maintenance; a window that a RE-SCHEDULED
// notice replaced no longer holds. Returns the maintenances with those windows left out, for
// everything that asks what runs when (overlaps, the calendar, the metrics).
[[nodiscard]] QList<Maintenance> withCurrentWindows(const Store &store, QList<Maintenance> maintenances);

} // namespace nocdesk
