// bench_parse [REPETITIONS] [CORPUS_DIR]
// Parses every positive corpus case REPETITIONS times through the library (notification build
// + provider), and measures the floor on the same bytes: vmime's parse and part decoding,
// libxml2's HTML parse and libical's parse, with no extraction. Prints per-notification
// mean/median/p90 in microseconds, notifications per second, peak RSS, RSS growth across
// repetitions, and the ratio full/floor.
#include "NoticeParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libical/ical.h>
#include <libxml/HTMLparser.h>
#include <vmime/vmime.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace nocdesk::parsing;

namespace {

struct Case
{
    QString name;
    QString provider;
    QList<NoticeInput> inputs;
};

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * 4 : 0;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

volatile size_t g_sink = 0; // keeps the floor work from being optimised away

void walkFloor(const vmime::shared_ptr<const vmime::bodyPart> &part, int depth)
{
    if (depth > 32)
        return;
    const auto body = part->getBody();
    if (body->getPartCount() > 0) {
        for (size_t i = 0; i < body->getPartCount(); ++i)
            walkFloor(body->getPartAt(i), depth + 1);
        return;
    }
    const vmime::mediaType type = body->getContentType();
    // The same leaves the full parse decodes (MailContent): images are never read there, so
    // decoding them here made the floor dearer than the work it stands for; an attached
    // message/rfc822 is parsed and walked there, so it is here too.
    if (type.getType() == vmime::mediaTypes::IMAGE)
        return;
    vmime::string out;
    vmime::utility::outputStreamStringAdapter os(out);
    body->getContents()->extract(os);
    g_sink = g_sink + out.size();
    if (type.getType() == vmime::mediaTypes::MESSAGE && type.getSubType() == vmime::mediaTypes::MESSAGE_RFC822) {
        auto inner = vmime::make_shared<vmime::message>();
        inner->parse(out);
        walkFloor(inner, depth + 1);
        return;
    }
    if (type.getType() == vmime::mediaTypes::TEXT && type.getSubType() == vmime::mediaTypes::TEXT_HTML) {
        if (htmlDocPtr doc = htmlReadMemory(out.data(), int(out.size()), nullptr, "UTF-8",
                                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT))
            xmlFreeDoc(doc);
    } else if (type.getType() == vmime::mediaTypes::TEXT && type.getSubType() == "calendar") {
        if (icalcomponent *c = icalparser_parse_string(out.c_str()))
            icalcomponent_free(c);
    }
}

void floorParse(const Case &c)
{
    for (const NoticeInput &in : c.inputs) {
        if (in.type == QLatin1String("email") && &in == &c.inputs.first()) {
            auto msg = vmime::make_shared<vmime::message>();
            msg->parse(vmime::string(in.content.constData(), size_t(in.content.size())));
            walkFloor(msg, 0);
        } else if (in.type == QLatin1String("html")) {
            if (htmlDocPtr doc = htmlReadMemory(in.content.constData(), int(in.content.size()), nullptr, "UTF-8",
                                                HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT))
                xmlFreeDoc(doc);
        } else if (in.type == QLatin1String("ical")) {
            if (icalcomponent *ic = icalparser_parse_string(in.content.constData()))
                icalcomponent_free(ic);
        }
    }
}

struct Stats
{
    double mean = 0, median = 0, p90 = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    s.median = v[v.size() / 2];
    s.p90 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.9))];
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                 : QStringLiteral(NOCDESK_CORPUS_DIR "/circuit-maintenance");
    vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();

    QFile indexFile(dir + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "corpus not found at %s\n", qPrintable(dir));
        return 1;
    }
    QList<Case> cases;
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).object().value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &v : index) {
        const QString name = v.toObject().value(QStringLiteral("case")).toString();
        if (!name.startsWith(QLatin1String("case-")))
            continue;
        QFile mf(dir + QLatin1Char('/') + name + QStringLiteral("/manifest.json"));
        if (!mf.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
        Case c{name, m.value(QStringLiteral("provider")).toString(), {}};
        for (const QJsonValue &in : m.value(QStringLiteral("inputs")).toArray()) {
            QFile f(dir + QLatin1Char('/') + name + QLatin1Char('/') + in.toObject().value(QStringLiteral("file")).toString());
            if (f.open(QIODevice::ReadOnly))
                c.inputs.append({in.toObject().value(QStringLiteral("type")).toString(), f.readAll()});
        }
        cases.append(c);
    }

    // warm-up: first-use costs (registry, regex compilation, zone table) are not per notification
    int ok = 0;
    for (const Case &c : std::as_const(cases)) {
        ok += parseNotice(c.provider, buildNotification(c.inputs)).ok ? 1 : 0;
        floorParse(c);
    }
    const long rssAfterWarmup = currentRssKb();

    std::vector<double> full, floor;
    full.reserve(size_t(reps) * size_t(cases.size()));
    floor.reserve(full.capacity());
    qint64 fullNs = 0;
    long rssAfterFirstRep = 0;
    for (int r = 0; r < reps; ++r) {
        for (const Case &c : std::as_const(cases)) {
            QElapsedTimer t;
            t.start();
            const ParseOutcome out = parseNotice(c.provider, buildNotification(c.inputs));
            const qint64 ns = t.nsecsElapsed();
            g_sink = g_sink + size_t(out.maintenances.size());
            fullNs += ns;
            full.push_back(double(ns) / 1000.0);
            t.restart();
            floorParse(c);
            floor.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
        if (r == 0)
            rssAfterFirstRep = currentRssKb();
    }
    const long rssEnd = currentRssKb();
    // where extraction costs most over the floor, to know where to look
    std::vector<std::pair<double, QString>> overhead;
    for (qsizetype c = 0; c < cases.size(); ++c) {
        double f = 0, l = 0;
        for (int r = 0; r < reps; ++r) {
            f += full[size_t(r) * size_t(cases.size()) + size_t(c)];
            l += floor[size_t(r) * size_t(cases.size()) + size_t(c)];
        }
        overhead.emplace_back((f - l) / reps, cases.at(c).name + QStringLiteral(" (full %1 us, floor %2 us)")
                                                      .arg(f / reps, 0, 'f', 0).arg(l / reps, 0, 'f', 0));
    }
    std::sort(overhead.begin(), overhead.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const Stats f = stats(full), fl = stats(floor);
    std::printf("bench_parse: %d cases x %d repetitions (%d cases parse without error)\n",
                int(cases.size()), reps, ok);
    std::printf("full parse   : mean %.1f us, median %.1f us, p90 %.1f us per notification; %.0f notifications/s\n",
                f.mean, f.median, f.p90, double(full.size()) / (double(fullNs) / 1e9));
    std::printf("library floor: mean %.1f us, median %.1f us, p90 %.1f us (vmime parse+decode, libxml2 HTML, libical)\n",
                fl.mean, fl.median, fl.p90);
    std::printf("ratio full/floor: mean %.2fx, median %.2fx\n", f.mean / fl.mean, f.median / fl.median);
    std::printf("memory: peak RSS %ld KiB; RSS after warm-up %ld KiB, after 1st repetition %ld KiB, at end %ld KiB (growth %ld KiB)\n",
                peakRssKb(), rssAfterWarmup, rssAfterFirstRep, rssEnd, rssEnd - rssAfterFirstRep);
    std::printf("largest extraction overhead over the floor:\n");
    for (size_t i = 0; i < std::min<size_t>(5, overhead.size()); ++i)
        std::printf("  %+.0f us  %s\n", overhead[i].first, qPrintable(overhead[i].second));
    return 0;
}
