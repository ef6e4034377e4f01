#include "OperatorIdentity.h"

#include "SettingsKeys.h"

#include <QSettings>

namespace nocdesk {

QString operatorName()
{
    const QString configured = QSettings().value(settings::kOperatorName).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("operator");
}

void setOperatorName(const QString &name) { QSettings().setValue(settings::kOperatorName, name.trimmed()); }

} // namespace nocdesk
