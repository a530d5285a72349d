#include "widgets/PeriodText.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Periods follow the language the window speaks, which the app sets as QLocale's default.
class tst_PeriodText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void russianWindowNamesMonthsInRussian()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(PeriodText::text(Period(2024, 1)), u"январь 2024"_s);
        QCOMPARE(PeriodText::text(Period(2024, 5)), u"май 2024"_s);
        QCOMPARE(PeriodText::monthName(9), u"сентябрь"_s);
    }

    void englishWindowNamesMonthsInEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(PeriodText::text(Period(2024, 1)), u"January 2024"_s);
        QCOMPARE(PeriodText::monthName(12), u"December"_s);
    }

    void englishWithTheUsersOwnFormatsStillNamesMonthsInEnglish()
    {
        // English chosen on a German desktop keeps German formats, not German month names.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(PeriodText::text(Period(2024, 3)), u"March 2024"_s);
    }

    void noLanguageChosenFallsBackToRussian()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(PeriodText::text(Period(2024, 10)), Period(2024, 10).toRussianString());
    }

    void invalidPeriodIsEmpty() { QVERIFY(PeriodText::text(Period()).isEmpty()); }
};

QTEST_APPLESS_MAIN(tst_PeriodText)
#include "tst_periodtext.moc"
