#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace nocdesk::metrics {

// Which labels circuit_maintenance_status carries, as the source system's labels_attached:
// label name -> circuit attribute, written "circuit=cid,provider=provider,...".
class CircuitLabels
{
    Q_DECLARE_TR_FUNCTIONS(nocdesk::metrics::CircuitLabels)
public:
    // cid (the provider's circuit id), provider (its registry id), provider_name (what operators
    // read), type, description, site_a (also: site), site_z, id (our row id).
    [[nodiscard]] static QStringList attributes();
    // circuit=cid,provider=provider,circuit_type=type,site=site_a
    [[nodiscard]] static QString defaultSpec();
    // Nothing when the spec is wrong, with what is wrong in *error, for the operator.
    [[nodiscard]] static std::optional<CircuitLabels> parse(const QString &spec, QString *error);

    [[nodiscard]] const QList<QPair<QString, QString>> &labels() const { return m_labels; }

private:
    QList<QPair<QString, QString>> m_labels; // label name -> attribute
};

} // namespace nocdesk::metrics
