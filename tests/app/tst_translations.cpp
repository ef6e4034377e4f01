// The German translation is built into the binary and follows the locale; nothing is left
// untranslated in it.
#include "Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanFollowsLocale()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/nocdesk_de.qm")));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        nocdesk::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("nocdesk::MainWindow", "Alarms"), QStringLiteral("Alarme"));
        QCOMPARE(QCoreApplication::translate("nocdesk::DisplayText", "Outage"), QStringLiteral("Ausfall"));
        QCOMPARE(QCoreApplication::translate("nocdesk::DetailPanel", "%n row(s) selected.", nullptr, 3),
                 QStringLiteral("3 Zeilen ausgewählt."));
    }

    void everyStringIsTranslated()
    {
        QFile ts(QStringLiteral(NOCDESK_SOURCE_DIR "/translations/nocdesk_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray content = ts.readAll();
        QVERIFY(content.contains("<message"));
        QVERIFY2(!content.contains("type=\"unfinished\""), "nocdesk_de.ts has untranslated strings");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
