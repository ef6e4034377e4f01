#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace nocdesk::parsing {

// One typed piece of a notification. `type` is a MIME type for parts taken from a message
// ("text/html", "text/calendar", ...) or a corpus input type given raw ("html", "ical", "text",
// "csv", "xlsx", "email", and the two header parts below).
struct DataPart
{
    QString type;
    QByteArray content;
};

namespace PartType {
inline QString email() { return QStringLiteral("email"); }
inline QString date() { return QStringLiteral("email-header-date"); }
inline QString subject() { return QStringLiteral("email-header-subject"); }
} // namespace PartType

} // namespace nocdesk::parsing
