#pragma once

#include "Maintenance.h"          // nocdesk::parsing::Maintenance, what the parser found
#include "domain/Maintenance.h"   // nocdesk::Maintenance, what the store tracks

namespace nocdesk {

// The step from a parsed notice to the maintenance the store tracks. The parser speaks the
// BCOP vocabulary as strings; the store keeps the same names, so the mapping is by name.
// providerName is the registry id of the provider the notice was attributed to (by sender),
// which may differ from what the notice calls itself (X-MAINTNOTE-PROVIDER).
[[nodiscard]] Maintenance toStoredMaintenance(const parsing::Maintenance &parsed, const QString &providerName);

} // namespace nocdesk
