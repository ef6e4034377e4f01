#include "CurrentWindows.h"

#include <QSet>

namespace nocdesk {

QList<Maintenance> withCurrentWindows(const Store &store, QList<Maintenance> maintenances)
{
    for (Maintenance &m : maintenances) {
        if (m.windows.size() < 2)
            continue;
        const QList<Store::WindowRecord> records = store.maintenanceWindows(m.id);
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
