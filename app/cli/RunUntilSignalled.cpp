#include "RunUntilSignalled.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>

namespace nocdesk {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;
extern "C" void requestStop(int) { g_stopRequested = 1; }

} // namespace

void runUntilSignalled(int durationMs)
{
    g_stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    poll.start(50);
    if (durationMs > 0)
        QTimer::singleShot(durationMs, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace nocdesk
