#pragma once

#include "RecordListModel.h"
#include "domain/SiteOverlap.h"

#include <QHash>

namespace nocdesk {

// The overlap job's findings, one row per span of time in which maintenances run at a site at
// once: what it does to the site's redundancy, the circuits, the span and the maintenances.
class SiteOverlapTableModel : public RecordListModel<SiteOverlap>
{
    Q_OBJECT
public:
    enum Column { Kind, Site, Start, End, Duration, Circuits, Maintenances, ColumnCount };
    Q_ENUM(Column)

    using RecordListModel<SiteOverlap>::RecordListModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    // The overlaps and what operators call their maintenances (id -> "Zayo CHG-7"), together:
    // every run of the job replaces both.
    void replaceAll(const QList<SiteOverlap> &overlaps, const QHash<qint64, QString> &maintenanceNames);
    [[nodiscard]] QString maintenanceName(qint64 maintenanceId) const;

protected:
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] QVariant display(int row, int column) const override;
    [[nodiscard]] QVariant raw(int row, int column) const override;
    [[nodiscard]] QVariantList details(int row) const override;
    [[nodiscard]] QVariant decoration(int row, int column, int role) const override;

private:
    [[nodiscard]] QStringList circuitTexts(const SiteOverlap &o) const;
    [[nodiscard]] QStringList maintenanceTexts(const SiteOverlap &o) const;

    QHash<qint64, QString> m_names;
};

} // namespace nocdesk
