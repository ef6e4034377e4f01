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
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
