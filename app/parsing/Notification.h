#pragma once

#include "DataPart.h"

#include <QList>
#include <QString>

namespace nocdesk::parsing {

// A notification is a list of typed parts (see the corpus README for how they are built),
// plus the sender address when it came from a message, used to pick the provider.
struct Notification
{
    QList<DataPart> parts;
    QString sender;

    // Adds a part verbatim, as a later CLI input or a test does.
    void addRaw(const QString &type, const QByteArray &content);

    [[nodiscard]] static Notification fromRaw(const QString &type, const QByteArray &content);
    // Parses an RFC 822 message: one part per leaf body part (images skipped), plus the
    // decoded subject and the Date header; identical parts kept once; sorted by type.
    // Never throws; a message vmime cannot read yields whatever parts could be read.
    [[nodiscard]] static Notification fromEmail(const QByteArray &message);
};

} // namespace nocdesk::parsing
