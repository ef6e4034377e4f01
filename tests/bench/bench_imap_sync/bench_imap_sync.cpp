// bench_imap_sync [COUNT] [--corpus DIR] [--corpus-share F] [--idle-runs N] [--maildir-new]
// How fast an IMAP source fills the store (issue #4).
//
// A real dovecot on loopback (tests/common/DovecotServer) holds COUNT notices (10,000 by default)
// in one folder: copies of the corpus's whole provider emails, each with a Message-ID of its own
// so the pipeline stores every copy, and generated BCOP iCalendar notices (three per maintenance:
// confirmed, re-scheduled, then completed or cancelled). The product path then syncs it into a
// fresh store: SourceFetcher (implicit TLS against the test CA, the password given for the run)
// -> ImapClient on vmime -> MailPipeline (attribute, parse, update rules, SQLite commit). Prints
// the first sync's seconds, messages/s and CPU time with its outcome counts, syncs with nothing
// new (in process, and as a fresh nocdesk-cli process), and peak RSS; then, on a connection of
// its own, the IMAP fetch and the parse without the store, to show where the first sync's time
// goes. The mail sits in Maildir/cur unless --maildir-new. Asserts nothing about time; exits
// non-zero only when a sync fails or stores the wrong number of mails.
#include "BcopMail.h"
#include "DovecotServer.h"
#include "ImapClient.h"
#include "MailEnvelope.h"
#include "MemorySecretStore.h"
#include "NoticeParser.h"
#include "ProcessStatus.h"
#include "ProviderRegistry.h"
#include "SourceFetcher.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace nocdesk;

namespace {

const QString kFolder = QStringLiteral("Notices");
const QString kSource = QStringLiteral("bench-imap");
const QDateTime kBase(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);

double seconds(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

// This process's CPU time (user + system), all threads: on a shared machine it says how much
// of a wall-clock figure was NocDesk working rather than waiting for a core, the disk or dovecot.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct CorpusMail
{
    QString caseName;
    QByteArray raw;
};

// The positive cases whose (first) input is a whole email, as the provider sent it. Later inputs
// of a case are extra data parts upstream adds by hand; a mailbox holds only the email.
QList<CorpusMail> loadCorpus(const QString &dir, QString *why)
{
    QFile indexFile(dir + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no corpus at %1").arg(dir);
        return {};
    }
    QList<CorpusMail> mails;
    const QJsonArray cases = QJsonDocument::fromJson(indexFile.readAll()).object().value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("kind")).toString() != QLatin1String("positive"))
            continue;
        const QString name = c.value(QStringLiteral("case")).toString();
        QFile manifestFile(dir + QLatin1Char('/') + name + QStringLiteral("/manifest.json"));
        if (!manifestFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray inputs =
            QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("inputs")).toArray();
        const QJsonObject first = inputs.at(0).toObject();
        if (first.value(QStringLiteral("type")).toString() != QLatin1String("email"))
            continue;
        QFile mail(dir + QLatin1Char('/') + name + QLatin1Char('/') + first.value(QStringLiteral("file")).toString());
        if (mail.open(QIODevice::ReadOnly))
            mails.append({name, mail.readAll()});
    }
    if (mails.isEmpty())
        *why = QStringLiteral("no whole-email case in %1").arg(dir);
    return mails;
}

// The mail with its Message-ID header (folded lines included) replaced by a new one, in the
// mail's own line ending, so each copy is a different mail to the pipeline's de-duplication.
QByteArray withMessageId(const QByteArray &raw, const QByteArray &messageId)
{
    const bool crlf = raw.contains("\r\n");
    const QByteArray eol = crlf ? QByteArray("\r\n") : QByteArray("\n");
    qsizetype end = raw.indexOf(QByteArray(eol + eol));
    end = end < 0 ? raw.size() : end + eol.size(); // keeps the last header line's ending
    const QList<QByteArray> lines = raw.left(end).split('\n');
    QByteArray header = "Message-ID: <" + messageId + '>' + eol;
    bool skipping = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // what split() leaves after the final '\n'
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            skipping = line.toLower().startsWith("message-id:");
        if (!skipping)
            header += line + '\n';
    }
    return header + raw.mid(end);
}

QByteArray generatedNotice(int index)
{
    // Three notices per maintenance, in the order a provider sends them; dovecot serves the
    // folder in directory order, so some arrive after a newer one (out of sequence), as in life.
    const int maintenance = index / 3;
    const int step = index % 3;
    BcopNotice n;
    n.maintenanceId = QStringLiteral("BENCH-%1").arg(maintenance);
    n.sequence = step + 1;
    n.stamp = kBase.addSecs(qint64(maintenance) * 600 + step * 3600);
    const QDateTime start = kBase.addDays(7 + maintenance % 60).addSecs(3600 * (maintenance % 5));
    const QDateTime moved = step == 0 ? start : start.addDays(1);
    n.windows = {{moved, moved.addSecs(4 * 3600)}};
    n.status = step == 0 ? QStringLiteral("CONFIRMED")
        : step == 1      ? QStringLiteral("RE-SCHEDULED")
        : maintenance % 2 ? QStringLiteral("CANCELLED")
                          : QStringLiteral("COMPLETED");
    n.circuits = QStringLiteral("IC-%1=OUTAGE,IC-%2=DEGRADED").arg(maintenance % 500).arg((maintenance + 250) % 500);
    n.summary = QStringLiteral("Fibre repair near PoP %1").arg(maintenance % 40);
    n.messageId = QStringLiteral("bench-gen-%1@arelion.bench").arg(index);
    return bcopMail(n);
}

void printOutcomes(const QMap<QString, int> &outcomes)
{
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        std::printf("    %-20s %7d\n", qPrintable(it.key()), it.value());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("An IMAP source's first sync and a sync with nothing new, end to end."));
    cli.addHelpOption();
    cli.addPositionalArgument(QStringLiteral("count"), QStringLiteral("Notices in the mailbox (default 10000)."));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("The circuit-maintenance corpus."),
                                          QStringLiteral("dir"), QStringLiteral(NOCDESK_CORPUS_DIR "/circuit-maintenance"));
    const QCommandLineOption shareOption(QStringLiteral("corpus-share"),
                                         QStringLiteral("Share of corpus copies among the notices (default 0.5)."),
                                         QStringLiteral("fraction"), QStringLiteral("0.5"));
    const QCommandLineOption idleOption(QStringLiteral("idle-runs"),
                                        QStringLiteral("Syncs with nothing new to measure (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption newOption(QStringLiteral("maildir-new"),
                                       QStringLiteral("Leave the mail in Maildir/new, as on a folder no client ever "
                                                      "opened read-write (dovecot then stalls now and then)."));
    cli.addOption(newOption);
    cli.addOption(corpusOption);
    cli.addOption(shareOption);
    cli.addOption(idleOption);
    cli.process(app);
    const int count = std::max(1, cli.positionalArguments().value(0, QStringLiteral("10000")).toInt());
    const double share = std::clamp(cli.value(shareOption).toDouble(), 0.0, 1.0);
    const int idleRuns = std::max(1, cli.value(idleOption).toInt());

    if (const QString missing = DovecotServer::missingTools(); !missing.isEmpty()) {
        std::printf("bench_imap_sync: skipped: %s\n", qPrintable(missing));
        return 0;
    }

    // The mailbox's contents, shuffled with a fixed seed so every run holds the same folder.
    QString why;
    const QList<CorpusMail> corpus = loadCorpus(cli.value(corpusOption), &why);
    if (corpus.isEmpty())
        std::printf("bench_imap_sync: %s; generated BCOP notices only\n", qPrintable(why));
    const int corpusCopies = corpus.isEmpty() ? 0 : int(double(count) * share + 0.5);
    QList<QByteArray> messages;
    messages.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < corpusCopies; ++i) {
        const CorpusMail &m = corpus.at(i % corpus.size());
        messages.append(withMessageId(m.raw, QStringLiteral("bench-copy-%1-%2@corpus.bench").arg(i).arg(m.caseName).toUtf8()));
    }
    for (int i = 0; i < count - corpusCopies; ++i)
        messages.append(generatedNotice(i));
    for (const QByteArray &m : std::as_const(messages))
        bytes += m.size();
    QRandomGenerator shuffle(20270301);
    std::shuffle(messages.begin(), messages.end(), shuffle);

    std::printf("bench_imap_sync: %d notices (%d copies of %d corpus emails, %d generated BCOP), %.1f MiB, %d cores\n",
                count, corpusCopies, int(corpus.size()), count - corpusCopies, double(bytes) / 1048576.0,
                QThread::idealThreadCount());

    DovecotServer server;
    QString error;
    if (!server.start(&error) || !server.createFolder(kFolder, &error)) {
        std::printf("bench_imap_sync: dovecot did not start: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const bool inNew = cli.isSet(newOption);
    if (!server.writeToMaildir(kFolder, messages, &error, inNew ? DovecotServer::Maildir::New : DovecotServer::Maildir::Cur)) {
        std::printf("bench_imap_sync: cannot fill the mailbox: %s\n", qPrintable(error));
        return 1;
    }
    messages.clear(); // the bench's own copy is not the product's memory
    messages.squeeze();
    const double writeSeconds = seconds(clock);
    // A real server has indexed its mail long before a client syncs: dovecot does that here
    // (doveadm reads the new maildir files) before the clock runs.
    clock.restart();
    const qint64 held = server.messageCount(kFolder);
    const double indexSeconds = seconds(clock);
    if (held != count) {
        std::printf("bench_imap_sync: the folder holds %lld messages, expected %d\n", held, count);
        return 1;
    }

    QTemporaryDir dir;
    Store store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"));
    // The generated notices' circuits are in the inventory, as an operator's would be; the
    // corpus's are not (they add the unknown-circuit note).
    Provider arelion;
    arelion.name = QStringLiteral("arelion");
    arelion.displayName = QStringLiteral("Arelion");
    const qint64 arelionId = store.addProvider(arelion);
    for (int i = 0; i < 500; ++i) {
        Circuit c;
        c.providerId = arelionId;
        c.circuitId = QStringLiteral("IC-%1").arg(i);
        c.circuitType = QStringLiteral("wave");
        store.addCircuit(c);
    }
    SourceConfig source;
    source.name = kSource;
    source.kind = SourceConfig::Kind::Imap;
    source.host = QStringLiteral("localhost");
    source.port = server.imapsPort();
    source.tls = QStringLiteral("implicit");
    source.account = DovecotServer::user();
    source.folder = kFolder;
    source.caFile = server.caFile();
    store.addNotificationSource(source.name, SourceConfig::kindName(source.kind),
                                QJsonDocument(source.settingsJson()).toJson(QJsonDocument::Compact));
    MemorySecretStore secrets;

    // dovecot finishes indexing in the background (the next command to open the folder waits on
    // its lock): a validate waits that out, as on a server whose mail arrived long ago.
    SourceFetcher probe(store, secrets, QStringLiteral("bench"));
    probe.setPasswordOverride(DovecotServer::password());
    clock.restart();
    const SourceCheck check = probe.validate(source);
    if (!check.ok) {
        std::printf("bench_imap_sync: validate failed: %s\n", qPrintable(check.message));
        return 1;
    }
    std::printf("mailbox (%s): written in %.2f s, indexed by dovecot in %.2f s, first validate %.2f s (none counted); "
                "%lld messages\n", inNew ? "Maildir/new" : "Maildir/cur", writeSeconds, indexSeconds, seconds(clock), held);

    // First sync: everything is new.
    SourceFetcher first(store, secrets, QStringLiteral("bench"));
    first.setPasswordOverride(DovecotServer::password());
    const double cpuBefore = cpuSeconds();
    clock.restart();
    const FetchReport initial = first.fetch(source);
    const double firstSeconds = seconds(clock);
    const double firstCpu = cpuSeconds() - cpuBefore;
    std::printf("first sync: %lld offered, %lld stored, %lld duplicates in %.2f s: %.0f messages/s (target >= 500); "
                "CPU %.2f s\n", initial.offered, initial.stored, initial.duplicates, firstSeconds,
                double(initial.stored) / firstSeconds, firstCpu);
    printOutcomes(initial.outcomes);
    if (!initial.ok || initial.stored != count) {
        std::printf("bench_imap_sync: the first sync failed or stored too little: %s %s\n", qPrintable(initial.failure),
                    qPrintable(initial.message));
        return 1;
    }

    // Syncs with nothing new, each as the scheduler runs one: a fresh fetcher, one connection.
    // Right after a big fetch dovecot is still closing that session (its index and cache), and
    // the next command that opens the folder waits on its lock for a second or so; a scheduled
    // sync comes minutes later. So: one sync at once, then doveadm waits out that lock, then the
    // syncs the target is about.
    const auto noNewSync = [&](double *took) {
        SourceFetcher again(store, secrets, QStringLiteral("bench"));
        again.setPasswordOverride(DovecotServer::password());
        clock.restart();
        const FetchReport nothing = again.fetch(source);
        *took = seconds(clock);
        if (!nothing.ok || nothing.offered != 0 || nothing.stored != 0) {
            std::printf("bench_imap_sync: a sync with nothing new did something: %lld offered, %lld stored (%s)\n",
                        nothing.offered, nothing.stored, qPrintable(nothing.message));
            return false;
        }
        return true;
    };
    double rightAfter = 0;
    if (!noNewSync(&rightAfter))
        return 1;
    clock.restart();
    (void)server.messageCount(kFolder);
    const double settle = seconds(clock);
    QList<double> idle;
    for (int i = 0; i < idleRuns; ++i) {
        double took = 0;
        if (!noNewSync(&took))
            return 1;
        idle.append(took);
    }
    std::sort(idle.begin(), idle.end());
    std::printf("no-new sync: %.3f s median, %.3f s min, %.3f s max of %d (target < 0.2 s)\n", idle.at(idle.size() / 2),
                idle.constFirst(), idle.constLast(), int(idle.size()));
    std::printf("    right after the first sync: %.3f s (then doveadm status took %.3f s)\n", rightAfter, settle);

    // The same as cron runs it: a fresh nocdesk-cli process, which also opens the database and
    // loads the system's CA certificates before it connects.
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("NOCDESK_BENCH_SECRET"), DovecotServer::password());
        process.setProcessEnvironment(env);
        clock.restart();
        process.start(QStringLiteral(NOCDESK_CLI),
                      {QStringLiteral("--database"), store.path(), QStringLiteral("fetch"), QStringLiteral("--source"), kSource,
                       QStringLiteral("--secret-env"), QStringLiteral("NOCDESK_BENCH_SECRET"), QStringLiteral("--json")});
        const bool finished = process.waitForFinished(60000);
        const double cliSeconds = seconds(clock);
        const QJsonObject report =
            QJsonDocument::fromJson(process.readAllStandardOutput()).array().at(0).toObject();
        if (!finished || process.exitCode() != 0 || report.value(QStringLiteral("stored")).toInt(-1) != 0) {
            std::printf("bench_imap_sync: nocdesk-cli fetch failed: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        std::printf("no-new sync by nocdesk-cli fetch (a fresh process): %.3f s\n", cliSeconds);
    }
    std::printf("peak RSS of the process (the generated mailbox included): %.0f MiB; database %.1f MiB\n", bench::processStatusMiB("VmHWM:"),
                double(QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size()) / 1048576.0);

    // Where the first sync's time goes: the same folder fetched again on its own connection,
    // each mail attributed and parsed the way MailPipeline does it, but nothing stored.
    mail::ImapSettings imap;
    imap.host = source.host;
    imap.port = quint16(source.port);
    imap.account = source.account;
    imap.folder = source.folder;
    imap.caFile = source.caFile;
    mail::ImapClient client(imap, DovecotServer::password());
    qint64 parseNs = 0;
    qint64 fetched = 0;
    const auto deliver = [&](const QList<mail::ImapMessage> &batch) {
        QElapsedTimer parse;
        parse.start();
        for (const mail::ImapMessage &m : batch) {
            const parsing::MailEnvelope envelope = parsing::readEnvelope(m.raw, source.sourceHeader);
            if (const parsing::ProviderSpec *spec = parsing::ProviderRegistry::instance().findBySender(envelope.sender))
                (void)parsing::parseNotice(spec->id, parsing::buildNotification({{QStringLiteral("email"), m.raw}}));
        }
        parseNs += parse.nsecsElapsed();
        fetched += batch.size();
        return true;
    };
    clock.restart();
    const mail::ImapFetchResult again = client.fetch({}, deliver);
    const double total = seconds(clock);
    const double parseSeconds = double(parseNs) / 1e9;
    const double fetchSeconds = total - parseSeconds;
    if (again.failure != mail::ImapFailure::None || fetched != count) {
        std::printf("bench_imap_sync: the split fetch failed: %s\n", qPrintable(again.message));
        return 1;
    }
    std::printf("split (second pass, nothing stored): IMAP fetch %.2f s (%.0f messages/s), envelope+parse %.2f s "
                "(%.0f messages/s)\n", fetchSeconds, count / fetchSeconds, parseSeconds, count / parseSeconds);
    // Not a split of the first sync itself: this pass runs warm (dovecot's index and the page
    // cache are built), so its figures only bound what fetch and parse cost there.
    std::printf("  (a warm second pass: compare with the first sync's %.2f s, do not subtract)\n", firstSeconds);
    server.stop();
    return 0;
}
