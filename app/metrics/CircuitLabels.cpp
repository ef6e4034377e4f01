#include "CircuitLabels.h"

#include "Exposition.h"

namespace nocdesk::metrics {

QStringList CircuitLabels::attributes()
{
    return {QStringLiteral("cid"), QStringLiteral("provider"), QStringLiteral("provider_name"), QStringLiteral("type"),
            QStringLiteral("description"), QStringLiteral("site"), QStringLiteral("site_a"), QStringLiteral("site_z"),
            QStringLiteral("id")};
}

QString CircuitLabels::defaultSpec()
{
    return QStringLiteral("circuit=cid,provider=provider,circuit_type=type,site=site_a");
}

std::optional<CircuitLabels> CircuitLabels::parse(const QString &spec, QString *error)
{
    CircuitLabels result;
    QStringList seen;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString name = entry.left(eq).trimmed();
        const QString attribute = eq < 0 ? QString() : entry.mid(eq + 1).trimmed().toLower();
        if (eq < 0 || !isValidLabelName(name)) {
            *error = tr("\"%1\" is not LABEL=ATTRIBUTE with a valid Prometheus label name.").arg(entry.trimmed());
            return std::nullopt;
        }
        if (!attributes().contains(attribute)) {
            *error = tr("Unknown circuit attribute \"%1\"; one of %2.").arg(attribute, attributes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (seen.contains(name)) {
            *error = tr("The label \"%1\" is given twice.").arg(name);
            return std::nullopt;
        }
        seen << name;
        result.m_labels.append({name, attribute});
    }
    if (result.m_labels.isEmpty()) {
        *error = tr("Give at least one label, e.g. %1.").arg(defaultSpec());
        return std::nullopt;
    }
    return result;
}

} // namespace nocdesk::metrics
