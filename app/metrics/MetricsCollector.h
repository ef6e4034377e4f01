#pragma once

#include "CircuitLabels.h"
#include "Exposition.h"
#include "Store.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace nocdesk::metrics {

// The inventory circuits under maintenance at `now`: named with an impact other than NO-IMPACT
// by a CONFIRMED, IN-PROCESS or RE-SCHEDULED maintenance with a current window (not replaced by
// a re-scheduling) that holds now, ends included. Found by the database, not by reading every
// maintenance.
[[nodiscard]] QSet<qint64> circuitsUnderMaintenance(const Store &store, const QDateTime &now);

// circuit_maintenance_status, one sample per circuit: 2 under maintenance, else 1. Circuits the
// labels cannot tell apart (when no label carries the cid) share one sample, 2 when any is.
[[nodiscard]] Family circuitStatusFamily(const QList<Circuit> &circuits, const QList<Provider> &providers,
                                         const QList<Site> &sites, const QSet<qint64> &underMaintenance,
                                         const CircuitLabels &labels);

// Everything /metrics serves, read from the store: the circuit status and NocDesk's own figures
// (notifications by outcome, maintenances by status, site overlaps by kind, each source's fetch
// error and last fetch, events per second over the last minute).
[[nodiscard]] QList<Family> collect(const Store &store, const CircuitLabels &labels, const QDateTime &now);

} // namespace nocdesk::metrics
