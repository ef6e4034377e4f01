#pragma once

#include "domain/Event.h"
#include "domain/Inventory.h"
#include "domain/Maintenance.h"
#include "domain/Notification.h"

#include <QByteArray>
#include <QList>

namespace nocdesk {

// A provider mail as the demo stores it, with what the pipeline made of it.
struct DemoNotice
{
    QDateTime receivedAt;
    QString messageId;
    QString sender;
    QString subject;
    QByteArray raw;
};

// Builds the demo's raw material in the formats real sources deliver: RFC 822 mails carrying
// BCOP iCalendar, and RFC 3164 syslog lines in each vendor's style.
namespace DemoNotices {

[[nodiscard]] DemoNotice bcopMail(const Provider &provider, const Maintenance &maintenance, const QDateTime &sent);
// Mails the pipeline could not turn into maintenances, as every inbox has them.
[[nodiscard]] QList<DemoNotice> problemMails(const QDateTime &now);
[[nodiscard]] QString syslogLine(const Event &event, const char *code);

} // namespace DemoNotices

} // namespace nocdesk
