#pragma once

// The indexes the Live Events pane could have on the events table, so a bench can weigh each
// one against what it costs the writer: --indexes=migration (the default: what the migrations
// create), --indexes=none, or --indexes=a,b,... from the candidates below.
// --without-pane-indexes is the same as --indexes=none.

#include <QByteArray>
#include <QList>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace nocdesk::bench {

struct IndexCandidate
{
    const char *name;
    const char *sql;
};

// SQLite appends the rowid to every index: "(host)" is (host, id). A leading column with few
// values and the id after it puts each new row at the end (or, id DESC, the start) of its group.
inline const QList<IndexCandidate> &indexCandidates()
{
    static const QList<IndexCandidate> candidates{
        {"host", "CREATE INDEX bench_events_host ON events(host)"},
        {"severity", "CREATE INDEX bench_events_severity ON events(severity, id DESC)"},
        {"code", "CREATE INDEX bench_events_code ON events(code)"},
        {"kind", "CREATE INDEX bench_events_kind ON events(kind)"},
        {"status", "CREATE INDEX bench_events_status ON events(status)"},
        // Partial: only the rows an unindexed walk would take long to find. Rows arrive NEW, so
        // the status index is written only when a row's status changes.
        // (Migration 6 has these two.)
        {"status_partial", "CREATE INDEX bench_events_handled ON events(status) WHERE status <> 'NEW'"},
        {"severity_partial", "CREATE INDEX bench_events_severe ON events(severity, id DESC) WHERE severity <= 3"},
        // What the issue measured as expensive: the time in a device's group is not the id.
        {"host_time", "CREATE INDEX bench_events_host_time ON events(host, event_time)"},
    };
    return candidates;
}

class IndexChoice
{
public:
    // Takes --indexes=... and --without-pane-indexes out of argv; false on an unknown name.
    bool parse(int &argc, char **argv)
    {
        int kept = 1;
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            if (arg == "--without-pane-indexes")
                m_spec = "none";
            else if (arg.startsWith("--indexes="))
                m_spec = arg.mid(10);
            else
                argv[kept++] = argv[i];
        }
        argc = kept;
        if (m_spec == "migration" || m_spec == "none")
            return true;
        for (const QByteArray &name : m_spec.split(',')) {
            if (!find(name)) {
                std::fprintf(stderr, "unknown index '%s'; candidates:", name.constData());
                for (const IndexCandidate &c : indexCandidates())
                    std::fprintf(stderr, " %s", c.name);
                std::fprintf(stderr, "\n");
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] bool isMigration() const { return m_spec == "migration"; }
    [[nodiscard]] QByteArray describe() const
    {
        return m_spec == "migration" ? QByteArray("the migrations' indexes") : m_spec == "none" ? QByteArray("no pane indexes")
                                                                                                : "pane indexes " + m_spec;
    }

    // Replaces the events table's own indexes with the chosen ones (nothing for "migration").
    void apply(const QByteArray &path) const
    {
        if (isMigration())
            return;
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
            std::abort();
        QList<QByteArray> existing;
        sqlite3_stmt *list = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL",
                           -1, &list, nullptr);
        while (sqlite3_step(list) == SQLITE_ROW)
            existing << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
        sqlite3_finalize(list);
        for (const QByteArray &name : std::as_const(existing))
            exec(db, "DROP INDEX \"" + name + '"');
        if (m_spec != "none") {
            for (const QByteArray &name : m_spec.split(','))
                exec(db, find(name)->sql);
        }
        sqlite3_close(db);
    }

private:
    static const IndexCandidate *find(const QByteArray &name)
    {
        for (const IndexCandidate &c : indexCandidates()) {
            if (name == c.name)
                return &c;
        }
        return nullptr;
    }
    static void exec(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql.constData(), sqlite3_errmsg(db));
            std::abort();
        }
    }

    QByteArray m_spec = "migration";
};

} // namespace nocdesk::bench
