#include "MetricsSettings.h"

#include "CircuitLabels.h"
#include "SettingsKeys.h"

#include <QSettings>

namespace nocdesk::metrics {

MetricsSettings MetricsSettings::load(const QSettings &s)
{
    MetricsSettings m;
    m.enabled = s.value(settings::kMetricsEnabled, false).toBool();
    const QHostAddress address(s.value(settings::kMetricsAddress).toString());
    if (!address.isNull())
        m.address = address;
    bool ok = false;
    const uint port = s.value(settings::kMetricsPort).toUInt(&ok);
    if (ok && port > 0 && port <= 65535)
        m.port = quint16(port);
    // An INI file reads an unquoted "a=b,c=d" back as a list.
    m.labels = s.value(settings::kMetricsLabels).toStringList().join(QLatin1Char(','));
    if (m.labels.trimmed().isEmpty())
        m.labels = CircuitLabels::defaultSpec();
    return m;
}

} // namespace nocdesk::metrics
