// SyslogPattern, the rules' own PCRE2 matcher: it must match as QRegularExpression does (the
// rule files' documented syntax), give every group's text as a view into the subject, and keep
// its per-thread state apart between threads.
#include "syslog/syslogpattern.h"

#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace nocdesk::syslog;

class TestSyslogPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAsQRegularExpression_data();
    void matchesAsQRegularExpression();
    void groupNames();
    void capturesAreViewsIntoTheSubject();
    void invalidPatternSaysWhere();
    void manyGroupsAfterFew();
    void deepBacktrackingUsesTheLargerStack();
    void threadsMatchApart();
};

void TestSyslogPattern::matchesAsQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    const QString updown = QStringLiteral("^Interface (?<interface>\\S+), changed state to (?<state>\\w+)(?: \\((?<reason>[^)]*)\\))?");
    QTest::newRow("all groups") << updown << QStringLiteral("Interface Gi0/1, changed state to down (link failure)");
    QTest::newRow("optional group unset") << updown << QStringLiteral("Interface Gi0/1, changed state to up");
    QTest::newRow("no match") << updown << QStringLiteral("interface Gi0/1 is up");
    QTest::newRow("unanchored") << QStringLiteral("neighbor (?<neighbor>[0-9.]+)") << QStringLiteral("BGP: neighbor 192.0.2.7 Down");
    QTest::newRow("inline caseless") << QStringLiteral("(?i)^%?bgp-5-adjchange") << QStringLiteral("%BGP-5-ADJCHANGE");
    QTest::newRow("alternation") << QStringLiteral("^(?:Up|Down)\\s+(?<peer>\\S+)|^Idle (?<idle>\\S+)") << QStringLiteral("Idle 10.0.0.1");
    QTest::newRow("backreference") << QStringLiteral("(?<w>\\w+) \\k<w>") << QStringLiteral("the the end");
    QTest::newRow("lookahead") << QStringLiteral("(?<n>\\d+)(?= times)") << QStringLiteral("flapped 12 times");
    QTest::newRow("\\w on accented text") << QStringLiteral("^(\\w+) (\\w+)") << QStringLiteral("café déjà vu");
    QTest::newRow("\\S over a surrogate pair") << QStringLiteral("x (\\S+) (\\S)") << QStringLiteral("x 😀a 😀");
    QTest::newRow("dot over a surrogate pair") << QStringLiteral("^(.)(.)") << QStringLiteral("😀b");
    QTest::newRow("\\K") << QStringLiteral("state \\Kup") << QStringLiteral("link state up");
    QTest::newRow("empty group") << QStringLiteral("a(?<e>)b") << QStringLiteral("ab");
    QTest::newRow("(*NO_JIT)") << QStringLiteral("(*NO_JIT)^Interface (?<i>\\S+)") << QStringLiteral("Interface Gi0/1 down");
    QTest::newRow("tab") << QStringLiteral("^(\\S+)\\s+(\\S+)") << QStringLiteral("ge-0/0/1\tdown");
}

// Same match, same group texts, same unset groups.
void TestSyslogPattern::matchesAsQRegularExpression()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    const QRegularExpression qt(pattern);
    QVERIFY2(qt.isValid(), qPrintable(qt.errorString()));
    const SyslogPattern ours(pattern);
    QVERIFY2(ours.isValid(), qPrintable(ours.errorString()));
    const QRegularExpressionMatch expected = qt.match(subject);
    SyslogPattern::Groups groups;
    QCOMPARE(ours.match(subject, &groups), expected.hasMatch());
    if (!expected.hasMatch())
        return;
    QCOMPARE(groups.size(), qt.captureCount() + 1);
    for (int i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).toString(), expected.captured(i));
        QCOMPARE(groups.at(i).isNull(), expected.capturedStart(i) < 0);
    }
    QCOMPARE(ours.groupNames(), qt.namedCaptureGroups());
}

void TestSyslogPattern::groupNames()
{
    const SyslogPattern p(QStringLiteral("(a)(?<first>b)(?:c)(d)?(?<second>e)"));
    QVERIFY(p.isValid());
    QCOMPARE(p.groupNames(), QStringList({QString(), QString(), QStringLiteral("first"), QString(), QStringLiteral("second")}));
}

void TestSyslogPattern::capturesAreViewsIntoTheSubject()
{
    const QString subject = QStringLiteral("Port é1 désactivé par 😀 admin");
    const SyslogPattern p(QStringLiteral("^Port (?<port>\\S+) désactivé par (?<who>\\S+) (?<role>\\w+)$"));
    SyslogPattern::Groups groups;
    QVERIFY(p.match(subject, &groups));
    QCOMPARE(groups.size(), 4);
    QCOMPARE(groups.at(1), u"é1");
    QCOMPARE(groups.at(2), u"😀");
    QCOMPARE(groups.at(3), u"admin");
    for (const QStringView g : groups) {
        QVERIFY(g.data() >= subject.constData());
        QVERIFY(g.data() + g.size() <= subject.constData() + subject.size());
    }
}

void TestSyslogPattern::invalidPatternSaysWhere()
{
    const SyslogPattern p(QStringLiteral("^Interface (?<interface>\\S+"));
    QVERIFY(!p.isValid());
    QCOMPARE(p.errorOffset(), QRegularExpression(QStringLiteral("^Interface (?<interface>\\S+")).patternErrorOffset());
    QVERIFY2(p.errorString().contains(QLatin1String("parenthesis")), qPrintable(p.errorString()));
    SyslogPattern::Groups groups;
    QVERIFY(!p.match(QStringLiteral("Interface x"), &groups));
}

// The thread's match data grows to the largest pattern it has matched; a small pattern first
// must not leave it too small for a larger one.
void TestSyslogPattern::manyGroupsAfterFew()
{
    const SyslogPattern small(QStringLiteral("^(a)"));
    SyslogPattern::Groups groups;
    QVERIFY(small.match(u"abc", &groups));
    QCOMPARE(groups.size(), 2);

    QString pattern;
    QString subject;
    for (int i = 0; i < 40; ++i) {
        pattern += QStringLiteral("(?<g%1>\\d)").arg(i);
        subject += QChar(u'0' + i % 10);
    }
    const SyslogPattern large(pattern);
    QVERIFY(large.isValid());
    QVERIFY(large.match(subject, &groups));
    QCOMPARE(groups.size(), 41);
    QCOMPARE(groups.at(40), QString(QChar(u'0' + 39 % 10)));
    QCOMPARE(large.groupNames().at(40), QStringLiteral("g39"));

    QVERIFY(small.match(u"a", &groups));
    QCOMPARE(groups.size(), 2);
}

// A capturing repetition over a long line needs more JIT stack than PCRE2's 32 KiB default
// (about 32 bytes a character here); the thread's stack lets it finish, as Qt's does. Past
// what that stack holds, the match gives up cleanly: no match, no crash.
void TestSyslogPattern::deepBacktrackingUsesTheLargerStack()
{
    const QString pattern = QStringLiteral("^(a|b)*$");
    const QString subject(8000, u'a');
    QVERIFY(QRegularExpression(pattern).match(subject).hasMatch());
    const SyslogPattern p(pattern);
    SyslogPattern::Groups groups;
    QVERIFY(p.match(subject, &groups));
    QCOMPARE(groups.at(1), u"a");

    QVERIFY(!p.match(QString(64 * 1024, u'a'), &groups));
    QVERIFY(p.match(u"ab", &groups)); // and the thread's state is still good
}

// One pattern, several threads, each with its own subjects: no thread sees another's groups.
void TestSyslogPattern::threadsMatchApart()
{
    const SyslogPattern p(QStringLiteral("^neighbor (?<neighbor>\\S+) \\((?<vrf>[^)]+)\\) (?<state>\\w+)"));
    constexpr int Threads = 4;
    constexpr int Rounds = 20000;
    int wrong[Threads] = {};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&p, &wrong, t] {
            SyslogPattern::Groups groups;
            for (int i = 0; i < Rounds; ++i) {
                const QString neighbor = QStringLiteral("10.%1.%2.1").arg(t).arg(i % 250);
                const QString subject = QStringLiteral("neighbor %1 (vrf%2) %3").arg(neighbor).arg(t).arg(i % 2 ? u"Up" : u"Down");
                if (!p.match(subject, &groups) || groups.at(1) != neighbor || groups.at(2) != QStringLiteral("vrf%1").arg(t)
                    || groups.at(3) != (i % 2 ? u"Up" : u"Down"))
                    ++wrong[t];
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(wrong[t], 0);
}

QTEST_GUILESS_MAIN(TestSyslogPattern)
#include "tst_syslogpattern.moc"
