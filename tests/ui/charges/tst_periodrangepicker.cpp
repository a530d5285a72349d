#include "widgets/PeriodRangePicker.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPeriodRangePicker : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRangeInMonthsAndYears();
    void keepsTheRangeInsideTheBounds();
    void movingOneEndPastTheOtherMovesTheOther();
    void onlyTheUsersEditsAreSignalled();
};

namespace {

struct Ends
{
    QComboBox* fromMonth;
    QSpinBox* fromYear;
    QComboBox* toMonth;
    QSpinBox* toYear;
};

Ends endsOf(PeriodRangePicker& picker)
{
    return {picker.findChild<QComboBox*>(u"periodFromMonth"_s),
            picker.findChild<QSpinBox*>(u"periodFromYear"_s),
            picker.findChild<QComboBox*>(u"periodToMonth"_s),
            picker.findChild<QSpinBox*>(u"periodToYear"_s)};
}

void chooseMonth(QComboBox* combo, int month)
{
    combo->setCurrentIndex(month - 1);
    emit combo->activated(month - 1); // as a click in the list does
}

} // namespace

void TestPeriodRangePicker::showsTheRangeInMonthsAndYears()
{
    PeriodRangePicker picker;
    picker.setBounds(Period(2014, 1), Period(2024, 10));
    picker.setRange(Period(2023, 10), Period(2024, 9));
    const Ends ends = endsOf(picker);
    QVERIFY(ends.fromMonth && ends.fromYear && ends.toMonth && ends.toYear);
    QCOMPARE(ends.fromMonth->currentText(), u"октябрь"_s);
    QCOMPARE(ends.fromYear->value(), 2023);
    QCOMPARE(ends.toMonth->currentText(), u"сентябрь"_s);
    QCOMPARE(ends.toYear->value(), 2024);
    QCOMPARE(ends.toYear->text(), u"2024"_s);
    QCOMPARE(ends.fromYear->minimum(), 2014);
    QCOMPARE(ends.fromYear->maximum(), 2024);
}

void TestPeriodRangePicker::keepsTheRangeInsideTheBounds()
{
    PeriodRangePicker picker;
    picker.setBounds(Period(2014, 1), Period(2024, 10));
    picker.setRange(Period(2000, 5), Period(2030, 1));
    QCOMPARE(picker.from(), Period(2014, 1));
    QCOMPARE(picker.to(), Period(2024, 10));
    // December of the last year is past the bound: October is taken and shown instead.
    const Ends ends = endsOf(picker);
    chooseMonth(ends.toMonth, 12);
    QCOMPARE(picker.to(), Period(2024, 10));
    QCOMPARE(ends.toMonth->currentIndex(), 9);
    // Narrower bounds pull the range in.
    picker.setBounds(Period(2020, 1), Period(2021, 6));
    QCOMPARE(picker.from(), Period(2020, 1));
    QCOMPARE(picker.to(), Period(2021, 6));
}

void TestPeriodRangePicker::movingOneEndPastTheOtherMovesTheOther()
{
    PeriodRangePicker picker;
    picker.setBounds(Period(2014, 1), Period(2024, 10));
    picker.setRange(Period(2020, 3), Period(2020, 6));
    const Ends ends = endsOf(picker);
    ends.fromYear->setValue(2022);
    QCOMPARE(picker.from(), Period(2022, 3));
    QCOMPARE(picker.to(), Period(2022, 3));
    QCOMPARE(ends.toYear->value(), 2022);
    ends.toYear->setValue(2015);
    QCOMPARE(picker.to(), Period(2015, 3));
    QCOMPARE(picker.from(), Period(2015, 3));
    // A reversed range given by code is put in order.
    picker.setRange(Period(2019, 1), Period(2018, 1));
    QCOMPARE(picker.from(), Period(2018, 1));
    QCOMPARE(picker.to(), Period(2019, 1));
}

void TestPeriodRangePicker::onlyTheUsersEditsAreSignalled()
{
    PeriodRangePicker picker;
    picker.setBounds(Period(2014, 1), Period(2024, 10));
    QSignalSpy edited(&picker, &PeriodRangePicker::rangeEdited);
    picker.setRange(Period(2020, 3), Period(2020, 6));
    picker.setBounds(Period(2014, 1), Period(2024, 9));
    QCOMPARE(edited.count(), 0);
    chooseMonth(endsOf(picker).fromMonth, 1);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).value<Period>(), Period(2020, 1));
    QCOMPARE(edited.at(0).at(1).value<Period>(), Period(2020, 6));
    // Choosing what is already chosen changes nothing.
    chooseMonth(endsOf(picker).fromMonth, 1);
    QCOMPARE(edited.count(), 1);
}

QTEST_MAIN(TestPeriodRangePicker)
#include "tst_periodrangepicker.moc"
