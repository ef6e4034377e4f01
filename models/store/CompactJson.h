#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVarLengthArray>
#include <QVariantMap>

namespace nocdesk {

// A flat map of strings, numbers and booleans as compact JSON, byte for byte what
// QJsonDocument::toJson(Compact) writes for it; several times faster, which matters for one
// object per syslog line. Nested values fall back to QJsonDocument.
[[nodiscard]] QByteArray compactJson(const QVariantMap &map);
// The same into out, replacing what it held: a writer that keeps one buffer for all its rows
// allocates nothing per row.
void writeCompactJson(QByteArray &out, const QVariantMap &map);

// A member of a flat object given as views, for a writer that has its values as views into a
// line and no map: a string, or a boolean.
struct JsonMember
{
    QStringView key;
    QStringView text;
    bool isBool = false;
    bool boolean = false;
};
using JsonMembers = QVarLengthArray<JsonMember, 8>;
// What writeCompactJson writes for the QVariantMap these members would make: sorted by key,
// the last of equal keys kept. Sorts members.
void writeCompactJson(QByteArray &out, JsonMembers &members);

} // namespace nocdesk
