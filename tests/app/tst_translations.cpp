// The German translation is built into the binary and follows the locale (that every string
// has its translation is the translations_complete test's job).
#include "Translations.h"

#include <QCoreApplication>
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
