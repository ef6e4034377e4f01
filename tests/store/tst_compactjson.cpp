// compactJson writes exactly what QJsonDocument writes, for every kind of value it handles.
#include "CompactJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCompactJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addRow("empty") << QVariantMap{};
        QTest::addRow("strings") << QVariantMap{{QStringLiteral("interface"), QStringLiteral("xe-0/0/1")},
                                                {QStringLiteral("neighbor"), QStringLiteral("192.0.2.1")}};
        QTest::addRow("escapes") << QVariantMap{{QStringLiteral("q\"uote"), QStringLiteral("back\\slash \"x\" \n\r\t\b\f")},
                                                {QStringLiteral("ctl"), QString(QString(QChar(1)) + QChar(0x1f))}};
        QTest::addRow("unicode") << QVariantMap{{QStringLiteral("reason"), QStringLiteral("Störung – 障害 😀")}};
        QTest::addRow("escapes after unicode") << QVariantMap{{QStringLiteral("k"), QStringLiteral("障害 \"x\"\t😀\\")}};
        QTest::addRow("lone surrogates") << QVariantMap{{QStringLiteral("end"), QString(QStringLiteral("a") + QChar(0xd83d))},
                                                        {QStringLiteral("mid"), QString(QChar(0xde00) + QStringLiteral("b"))}};
        // Plain ASCII is copied in one pass that hands over to the encoder at the first byte
        // it cannot copy as it is: at the start, in the middle, at the very end.
        QTest::addRow("ascii then the unusual") << QVariantMap{{QStringLiteral("a"), QStringLiteral("GigabitEthernet0/0/1 ü")},
                                                               {QStringLiteral("b"), QStringLiteral("down\"")},
                                                               {QStringLiteral("c"), QString(QStringLiteral("x") + QChar(0x7f) + QChar(0x1b))},
                                                               {QStringLiteral("\\k"), QString()},
                                                               {QStringLiteral("e"), QStringLiteral("")}};
        QTest::addRow("bool and numbers") << QVariantMap{{QStringLiteral("truncated"), true}, {QStringLiteral("peer_as"), 64512},
                                                         {QStringLiteral("big"), qint64(1) << 40}};
        QTest::addRow("nested falls back") << QVariantMap{{QStringLiteral("list"), QVariantList{1, QStringLiteral("a")}}};
    }

    void sameAsQJsonDocument()
    {
        QFETCH(QVariantMap, map);
        QCOMPARE(nocdesk::compactJson(map), QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
    }

    // The writer keeps one buffer for a batch: what the last row left in it never shows.
    void reusedBufferHoldsOnlyTheLastObject_data() { sameAsQJsonDocument_data(); }

    void reusedBufferHoldsOnlyTheLastObject()
    {
        QFETCH(QVariantMap, map);
        QByteArray buffer("{\"left\":\"over from a longer row before this one\"}");
        nocdesk::writeCompactJson(buffer, map);
        QCOMPARE(buffer, QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
    }

    // Members given as views, in any order and with repeated keys, write what the map they
    // would make writes: sorted as QMap sorts, the last of equal keys kept.
    void membersAsTheirMap_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values"); // "<true>" and "<false>": a boolean
        QTest::addRow("none") << QStringList{} << QStringList{};
        QTest::addRow("unsorted") << QStringList{QStringLiteral("state"), QStringLiteral("interface"), QStringLiteral("Zeta")}
                                  << QStringList{QStringLiteral("down"), QStringLiteral("Gi0/1"), QStringLiteral("z")};
        QTest::addRow("repeated keys, last kept") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")}
                                                  << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        QTest::addRow("boolean among strings") << QStringList{QStringLiteral("truncated"), QStringLiteral("reason"), QStringLiteral("x")}
                                               << QStringList{QStringLiteral("<true>"), QStringLiteral("Störung \"x\"\t😀"), QStringLiteral("<false>")};
        QTest::addRow("a string replaced by a boolean") << QStringList{QStringLiteral("truncated"), QStringLiteral("truncated")}
                                                        << QStringList{QStringLiteral("no"), QStringLiteral("<true>")};
        QTest::addRow("non-ASCII keys sort by UTF-16") << QStringList{QStringLiteral("é"), QStringLiteral("😀"), QStringLiteral("z"), QStringLiteral("ｚ")}
                                                       << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        QTest::addRow("lone surrogate falls back") << QStringList{QStringLiteral("b"), QStringLiteral("a")}
                                                   << QStringList{QString(QChar(0xd83d)), QStringLiteral("x")};
    }

    void membersAsTheirMap()
    {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        nocdesk::JsonMembers members;
        QVariantMap map;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const bool isBool = values.at(i) == QLatin1String("<true>") || values.at(i) == QLatin1String("<false>");
            const bool boolean = values.at(i) == QLatin1String("<true>");
            members.append({keys.at(i), isBool ? QStringView() : QStringView(values.at(i)), isBool, boolean});
            map.insert(keys.at(i), isBool ? QVariant(boolean) : QVariant(values.at(i)));
        }
        QByteArray buffer("{\"left\":\"over\"}");
        nocdesk::writeCompactJson(buffer, members);
        QCOMPARE(buffer, nocdesk::compactJson(map));
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
