// bench_timeline_paint [MAINTENANCES] [--sites=N] [--frames=N] [--width=W --height=H]: the
// maintenance timeline over many maintenances (default 20,000 across 500 sites, windows from a
// week ago to three weeks ahead, as tests/common/TimelineData.h makes them).
//
// Prints the time to build the layout (once per change of data or grouping), then, for each
// grouping and zoom, the median, fastest and slowest of N frames painted into a QImage the size
// of the viewport (MaintenanceTimeline::paintFrame, what paintEvent runs), scrolling the chart by
// a third of its width between frames so no two frames show the same bars. Target (issue #5):
// < 50 ms per frame. The data is built in memory: the store's part (loading the pane) is
// bench_maintenances_view's.
#include "MaintenanceTimeline.h"
#include "TimelineData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace nocdesk;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    for (const QString &a : args) {
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1).toInt();
    }
    return fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int count = (!args.isEmpty() && !args.constFirst().startsWith(QLatin1Char('-'))) ? args.constFirst().toInt() : 20000;
    const int sites = option(args, QStringLiteral("--sites"), 500);
    const int frames = qMax(1, option(args, QStringLiteral("--frames"), 25));
    const QSize size(option(args, QStringLiteral("--width"), 1400), option(args, QStringLiteral("--height"), 700));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TimelineData data = TimelineData::make(sites, count, now);
    std::printf("bench_timeline_paint: %d maintenances across %d sites, viewport %dx%d, %d frames per case\n", count,
                sites, size.width(), size.height(), frames);

    MaintenanceTimeline timeline;
    timeline.resize(size);
    timeline.setNow(now);
    timeline.show();
    QImage image(timeline.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    for (const TimelineGrouping grouping : {TimelineGrouping::BySite, TimelineGrouping::ByCircuit}) {
        timeline.setInventory(data.sites, data.circuits);
        timeline.setMaintenances(data.maintenances);
        timeline.setGrouping(grouping);
        QElapsedTimer clock;
        clock.start();
        const MaintenanceTimelineLayout &layout = timeline.timelineLayout();
        const double build = double(clock.nsecsElapsed()) / 1e6;
        std::printf("%s: layout %.1f ms (%lld rows, %d bars, %d px tall)\n",
                    grouping == TimelineGrouping::BySite ? "per site" : "per circuit", build,
                    qlonglong(layout.rows().size()), layout.barCount(), layout.totalHeight());
        for (const auto zoom : {MaintenanceTimeline::Zoom::Day, MaintenanceTimeline::Zoom::Week, MaintenanceTimeline::Zoom::Month}) {
            timeline.setZoom(zoom);
            timeline.scrollToNow();
            QList<double> ms;
            int bars = 0;
            for (int f = 0; f < frames; ++f) {
                // Somewhere else each frame: across the rows, and a third of a screen in time.
                timeline.verticalScrollBar()->setValue((f * 7919) % qMax(1, timeline.verticalScrollBar()->maximum() + 1));
                QScrollBar *across = timeline.horizontalScrollBar();
                across->setValue((across->value() + timeline.chartRect().width() / 3) % (across->maximum() + 1));
                bars += int(timeline.visibleBars().size());
                QPainter painter(&image);
                clock.restart();
                timeline.paintFrame(painter);
                ms.append(double(clock.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            std::printf("  %-5s median %.2f ms per frame (min %.2f, max %.2f; %d bars in view on average)\n",
                        zoom == MaintenanceTimeline::Zoom::Day ? "day" : zoom == MaintenanceTimeline::Zoom::Week ? "week" : "month",
                        ms.at(ms.size() / 2), ms.constFirst(), ms.constLast(), bars / frames);
        }
    }
    std::fflush(stdout);
    return 0;
}
