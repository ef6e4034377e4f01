#include "CurrentWindows.h"

#include <QSet>

namespace nocdesk {

QList<Maintenance> withCurrentWindows(const Store &store, QList<Maintenance> maintenances)
{
    // Only a maintenance with several windows can have one replaced; their windows in one query.
    QList<qint64> several;
    for (const Maintenance &m : std::as_const(maintenances)) {
        if (m.windows.size() >= 2)
            several << m.id;
    }
    const QHash<qint64, QList<Store::WindowRecord>> windows = store.maintenanceWindows(several);
    for (Maintenance &m : maintenances) {
        if (m.windows.size() < 2)
            continue;
        const QList<Store::WindowRecord> records = windows.value(m.id);
        QSet<int> replaced;
        for (const Store::WindowRecord &r : records) {
            if (r.rescheduledFrom >= 0)
                replaced.insert(r.rescheduledFrom);
        }
        if (replaced.isEmpty())
            continue;
        QList<MaintenanceWindow> current;
        for (int i = 0; i < records.size(); ++i) {
            if (!replaced.contains(i))
                current.append({records.at(i).start, records.at(i).end});
        }
        std::sort(current.begin(), current.end(), [](const MaintenanceWindow &a, const MaintenanceWindow &b) {
            return a.tied() < b.tied();
        });
        m.windows = current;
    }
    return maintenances;
}

} // namespace nocdesk
