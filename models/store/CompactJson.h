#pragma once

#include <QByteArray>
#include <QVariantMap>

namespace nocdesk {

// A flat map of strings, numbers and booleans as compact JSON, byte for byte what
// QJsonDocument::toJson(Compact) writes for it; several times faster, which matters for one
// object per syslog line. Nested values fall back to QJsonDocument.
[[nodiscard]] QByteArray compactJson(const QVariantMap &map);

} // namespace nocdesk
