// PeriodRange: the from/to query of the charges, payments and movement requests; an invalid end
// is left out for the server to fill in.

#include "api/PeriodRange.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_PeriodRange : public QObject
{
    Q_OBJECT

private slots:
    void bothEnds();
    void eitherEndAlone();
    void noEnds();
};

void tst_PeriodRange::bothEnds()
{
    const QUrlQuery query = PeriodRange::between(Period(2014, 1), Period(2014, 12)).query();
    QCOMPARE(query.toString(), u"from=2014-01&to=2014-12"_s);
}

void tst_PeriodRange::eitherEndAlone()
{
    QCOMPARE(PeriodRange::between(Period(2014, 9), Period()).query().toString(), u"from=2014-09"_s);
    QCOMPARE(PeriodRange::between(Period(), Period(2014, 9)).query().toString(), u"to=2014-09"_s);
    // Out of range is invalid, hence left out.
    QCOMPARE(PeriodRange::between(Period(1800, 1), Period(2014, 9)).query().toString(),
             u"to=2014-09"_s);
}

void tst_PeriodRange::noEnds()
{
    QVERIFY(PeriodRange().query().isEmpty());
}

QTEST_GUILESS_MAIN(tst_PeriodRange)
#include "tst_periodrange.moc"
