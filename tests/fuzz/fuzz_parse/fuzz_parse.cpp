// One input: the first byte picks a provider (or "auto") and how the rest is fed: as a whole
// message, or as a raw HTML / iCalendar / text part next to a Date and a Subject part.
// Whatever the bytes, parsing must return an outcome: no crash, no hang, no leak.
#include "NoticeParser.h"
#include "ProviderRegistry.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace nocdesk::parsing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QStringList ids = [] {
        QStringList l = ProviderRegistry::instance().ids();
        l.append(QStringLiteral("auto"));
        return l;
    }();
    const uint8_t selector = data[0];
    const QString provider = ids.at(qsizetype(selector >> 2) % ids.size());
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QList<NoticeInput> inputs;
    switch (selector & 3) {
    case 0:
        inputs = {{QStringLiteral("email"), body}};
        break;
    case 1:
        inputs = {{QStringLiteral("html"), body},
                  {QStringLiteral("email-header-date"), QByteArrayLiteral("Mon, 1 Feb 2021 09:33:34 +0000")}};
        break;
    case 2:
        inputs = {{QStringLiteral("ical"), body}};
        break;
    default:
        inputs = {{QStringLiteral("email"), body}, {QStringLiteral("email-header-subject"), body.left(200)}};
        break;
    }
    const ParseOutcome out = parseNotice(provider, buildNotification(inputs));
    if (out.ok) {
        for (const Maintenance &m : out.maintenances)
            if (!m.validationError().isEmpty())
                __builtin_trap(); // an accepted maintenance must be valid
    }
    return 0;
}
