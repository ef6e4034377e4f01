#pragma once

#include <QByteArray>
#include <QVariantMap>

namespace nocdesk {

// A flat map of strings, numbers and booleans as compact JSON, byte for byte what
// QJsonDocument::toJson(Compact) writes for it; several times faster, which matters for one
// object per syslog line. Nested values fall back to QJsonDocument.
[[nodiscard]] QByteArray compactJson(const QVariantMap &map);
// The same into out, replacing what it held: a writer that keeps one buffer for all its rows
// allocates nothing per row.
void writeCompactJson(QByteArray &out, const QVariantMap &map);

} // namespace nocdesk
