#include "SiteOverlapTableModel.h"

#include "DisplayText.h"

#include <QFont>

namespace nocdesk {

int SiteOverlapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SiteOverlapTableModel::replaceAll(const QList<SiteOverlap> &overlaps, const QHash<qint64, QString> &maintenanceNames)
{
    m_names = maintenanceNames;
    RecordListModel<SiteOverlap>::replaceAll(overlaps);
    // Names may have changed for rows that did not (a maintenance renamed by a newer notice).
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Maintenances), index(rowCount() - 1, Maintenances));
}

QString SiteOverlapTableModel::maintenanceName(qint64 maintenanceId) const
{
    const QString name = m_names.value(maintenanceId);
    return name.isEmpty() ? tr("#%1").arg(maintenanceId) : name;
}

QString SiteOverlapTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Kind: return tr("Overlap");
    case Site: return tr("Site");
    case Circuits: return tr("Circuits");
    case Start: return tr("From");
    case End: return tr("Until");
    case Duration: return tr("For");
    case Maintenances: return tr("Maintenances");
    case ColumnCount: break;
    }
    return {};
}

QStringList SiteOverlapTableModel::circuitTexts(const SiteOverlap &o) const
{
    // One entry per circuit, with the worst impact any of the maintenances gives it.
    QStringList refs;
    QHash<QString, Impact> worst;
    for (const OverlapCircuit &c : o.circuits) {
        if (!worst.contains(c.circuitRef)) {
            refs << c.circuitRef;
            worst.insert(c.circuitRef, c.impact);
        } else if (impactRank(c.impact) > impactRank(worst.value(c.circuitRef))) {
            worst.insert(c.circuitRef, c.impact);
        }
    }
    QStringList texts;
    for (const QString &ref : std::as_const(refs))
        texts << tr("%1 (%2)").arg(ref, DisplayText::name(worst.value(ref)));
    return texts;
}

QStringList SiteOverlapTableModel::maintenanceTexts(const SiteOverlap &o) const
{
    QStringList texts;
    for (qint64 id : o.maintenanceIds())
        texts << maintenanceName(id);
    return texts;
}

QVariant SiteOverlapTableModel::display(int row, int column) const
{
    const SiteOverlap &o = m_rows.at(row);
    switch (Column(column)) {
    case Kind: return DisplayText::name(o.kind);
    case Site: return o.siteName;
    case Circuits:
        return tr("%1 of %2: %3")
            .arg(o.impactedCircuitCount())
            .arg(o.siteCircuitCount)
            .arg(circuitTexts(o).join(QStringLiteral(", ")));
    case Start: return DisplayText::time(o.start);
    case End: return DisplayText::time(o.end);
    case Duration: return o.start == o.end ? tr("touching") : DisplayText::duration(o.start.secsTo(o.end));
    case Maintenances: return maintenanceTexts(o).join(QStringLiteral(", "));
    case ColumnCount: break;
    }
    return {};
}

QVariant SiteOverlapTableModel::raw(int row, int column) const
{
    const SiteOverlap &o = m_rows.at(row);
    switch (Column(column)) {
    case Kind: return int(o.kind);
    case Start: return o.start;
    case End: return o.end;
    case Duration: return o.start.secsTo(o.end);
    case Circuits: return o.impactedCircuitCount();
    default: return display(row, column);
    }
}

QVariantList SiteOverlapTableModel::details(int row) const
{
    const SiteOverlap &o = m_rows.at(row);
    QVariantList lines{
        detailLine(tr("Overlap"), DisplayText::name(o.kind)),
        detailLine(tr("Site"), o.siteName),
        detailLine(tr("From"), DisplayText::time(o.start)),
        detailLine(tr("Until"), DisplayText::time(o.end)),
        detailLine(tr("Circuits at the site"), QString::number(o.siteCircuitCount)),
    };
    for (const QString &c : circuitTexts(o))
        lines << detailLine(tr("Circuit"), c);
    for (const QString &m : maintenanceTexts(o))
        lines << detailLine(tr("Maintenance"), m);
    return lines;
}

QVariant SiteOverlapTableModel::decoration(int row, int column, int role) const
{
    const SiteOverlap &o = m_rows.at(row);
    if (role == Qt::ForegroundRole && column == Kind)
        return DisplayText::color(o.kind);
    if (role == Qt::FontRole && column == Kind && o.kind == OverlapKind::RedundancyLost) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

} // namespace nocdesk
