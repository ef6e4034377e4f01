#pragma once

#include <QDateTime>

#include <functional>

namespace nocdesk {

class Store;

// The demo data set: a small network of eight sites, their providers, circuits and routers,
// provider notices with the maintenances built from them (past, running now, upcoming),
// a few hours of device events and the alarms they raised. Times are relative to now, so the
// demo always shows work in progress. Written through the Store API the pipeline uses; the
// notices are real RFC 822 mails in the BCOP iCalendar format, so they can be re-parsed.
class DemoSeeder
{
public:
    using Progress = std::function<void(int done, int total)>;
    static void seed(Store &store, const QDateTime &now, const Progress &progress = {});
};

} // namespace nocdesk
