#include "protocol/Money.h"

#include <QSet>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

char* toString(const Money& money)
{
    return QTest::toString(money.toPlainDecimal());
}

char* toString(const MoneyParseError& error)
{
    return QTest::toString(QString::number(static_cast<int>(error)));
}

namespace {

constexpr qint64 maxKopecks = std::numeric_limits<qint64>::max();
constexpr qint64 minKopecks = std::numeric_limits<qint64>::min();

// Test data is written with ordinary spaces for readability; the formatter must emit U+00A0.
QString withNoBreakSpaces(QString text)
{
    return text.replace(u' ', QChar(0x00A0));
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsZero();
    void parseAccepted_data();
    void parseAccepted();
    void parseRejected_data();
    void parseRejected();
    void errorTexts();
    void format_data();
    void format();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void predicates();
    void arithmetic();
    void comparisons();
    void checkedArithmeticDetectsOverflow();
    void operatorsSaturate();
    void hashing();
};

void TestMoney::defaultIsZero()
{
    const Money zero;
    QCOMPARE(zero.kopecks(), 0);
    QVERIFY(zero.isZero());
    QCOMPARE(zero, Money::fromKopecks(0));
}

void TestMoney::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("kopecks");

    QTest::newRow("comma") << u"123,45"_s << qint64(12345);
    QTest::newRow("dot") << u"123.45"_s << qint64(12345);
    QTest::newRow("whole roubles") << u"100"_s << qint64(10000);
    QTest::newRow("one decimal means tens of kopecks") << u"100,5"_s << qint64(10050);
    QTest::newRow("one decimal with dot") << u"100.5"_s << qint64(10050);
    QTest::newRow("leading zero kopecks") << u"100,05"_s << qint64(10005);
    QTest::newRow("two decimals") << u"100,50"_s << qint64(10050);
    QTest::newRow("no roubles: ,5") << u",5"_s << qint64(50);
    QTest::newRow("no roubles: ,05") << u",05"_s << qint64(5);
    QTest::newRow("no roubles: .99") << u".99"_s << qint64(99);
    QTest::newRow("trailing separator") << u"5,"_s << qint64(500);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("zero with kopecks") << u"0,00"_s << qint64(0);
    QTest::newRow("leading zeros") << u"007"_s << qint64(700);
    QTest::newRow("many leading zeros") << u"0000000000000000000000001,01"_s << qint64(101);
    QTest::newRow("ungrouped long") << u"1234567"_s << qint64(123456700);
    QTest::newRow("space group") << u"1 234,50"_s << qint64(123450);
    QTest::newRow("nbsp group") << u"1\u00A0234,50"_s << qint64(123450);
    QTest::newRow("narrow nbsp group") << u"1\u202F234,50"_s << qint64(123450);
    QTest::newRow("two groups") << u"1 234 567,89"_s << qint64(123456789);
    QTest::newRow("mixed group separators") << u"1 234\u00A0567\u202F890"_s << qint64(123456789000);
    QTest::newRow("three-digit first group") << u"999 999"_s << qint64(99999900);
    QTest::newRow("group without decimals") << u"12 345"_s << qint64(1234500);
    QTest::newRow("surrounding spaces") << u"  42,10 "_s << qint64(4210);
    QTest::newRow("surrounding tabs and newline") << u"\t42\n"_s << qint64(4200);
    QTest::newRow("surrounding nbsp") << u"\u00A042,1\u202F"_s << qint64(4210);
    QTest::newRow("qint64 max") << u"92233720368547758,07"_s << maxKopecks;
    QTest::newRow("qint64 max grouped") << u"92 233 720 368 547 758,07"_s << maxKopecks;
    QTest::newRow("qint64 max roubles") << u"92233720368547758"_s << maxKopecks - 7;
}

void TestMoney::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, kopecks);

    const MoneyParseResult result = Money::parse(text);
    QCOMPARE(result.error, MoneyParseError::None);
    QVERIFY(result.isValid());
    QVERIFY(result.errorText().isEmpty());
    QCOMPARE(result.value.kopecks(), kopecks);
}

void TestMoney::parseRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MoneyParseError>("error");

    QTest::newRow("empty") << QString() << MoneyParseError::Empty;
    QTest::newRow("empty string") << u""_s << MoneyParseError::Empty;
    QTest::newRow("only spaces") << u"   "_s << MoneyParseError::Empty;
    QTest::newRow("only nbsp and tab") << u"\u00A0\t\u202F"_s << MoneyParseError::Empty;

    QTest::newRow("negative") << u"-5"_s << MoneyParseError::Negative;
    QTest::newRow("negative with kopecks") << u"-123,45"_s << MoneyParseError::Negative;
    QTest::newRow("unicode minus") << u"\u22125"_s << MoneyParseError::Negative;
    QTest::newRow("minus then space") << u"- 5"_s << MoneyParseError::Negative;
    QTest::newRow("negative zero") << u"-0"_s << MoneyParseError::Negative;
    QTest::newRow("negative and too large")
        << u"-92233720368547758,08"_s << MoneyParseError::Negative;

    QTest::newRow("three decimals") << u"1,500"_s << MoneyParseError::TooManyDecimals;
    QTest::newRow("three decimals dot") << u"123.456"_s << MoneyParseError::TooManyDecimals;
    QTest::newRow("tenth of a kopeck") << u"0,001"_s << MoneyParseError::TooManyDecimals;
    QTest::newRow("negative with three decimals")
        << u"-1,234"_s << MoneyParseError::TooManyDecimals;

    QTest::newRow("letters") << u"abc"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("trailing letter") << u"12a"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("currency word") << u"12 руб"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("rouble sign") << u"12\u20BD"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("exponent") << u"1e5"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("plus sign") << u"+5"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("trailing minus") << u"5-"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("double minus") << u"--5"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("minus before garbage") << u"-abc"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("underscore grouping") << u"12_000"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("apostrophe grouping") << u"12'000"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF12"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("thin space is not a group separator")
        << u"1\u2009234"_s << MoneyParseError::InvalidCharacter;

    QTest::newRow("two commas") << u"1,2,3"_s << MoneyParseError::Malformed;
    QTest::newRow("dot thousands, comma decimals") << u"1.234,50"_s << MoneyParseError::Malformed;
    QTest::newRow("comma thousands, dot decimals") << u"1,234.50"_s << MoneyParseError::Malformed;
    QTest::newRow("misplaced grouping 12 34") << u"12 34,00"_s << MoneyParseError::Malformed;
    QTest::newRow("double space") << u"1  234"_s << MoneyParseError::Malformed;
    QTest::newRow("four-digit first group") << u"1234 567"_s << MoneyParseError::Malformed;
    QTest::newRow("four-digit later group") << u"1 2345"_s << MoneyParseError::Malformed;
    QTest::newRow("space before comma") << u"1 234 ,50"_s << MoneyParseError::Malformed;
    QTest::newRow("space in kopecks") << u"1,2 3"_s << MoneyParseError::Malformed;
    QTest::newRow("lone comma") << u","_s << MoneyParseError::Malformed;
    QTest::newRow("lone dot") << u"."_s << MoneyParseError::Malformed;
    QTest::newRow("lone minus") << u"-"_s << MoneyParseError::Malformed;
    QTest::newRow("minus comma") << u"-,"_s << MoneyParseError::Malformed;

    QTest::newRow("one kopeck over qint64")
        << u"92233720368547758,08"_s << MoneyParseError::Overflow;
    QTest::newRow("grouped one kopeck over")
        << u"92 233 720 368 547 758,08"_s << MoneyParseError::Overflow;
    QTest::newRow("roubles over") << u"92233720368547759"_s << MoneyParseError::Overflow;
    QTest::newRow("huge") << u"99999999999999999999999999"_s << MoneyParseError::Overflow;
}

void TestMoney::parseRejected()
{
    QFETCH(QString, text);
    QFETCH(MoneyParseError, error);

    const MoneyParseResult result = Money::parse(text);
    QCOMPARE(result.error, error);
    QVERIFY(!result.isValid());
    QVERIFY(result.value.isZero());
    QCOMPARE(result.errorText(), moneyParseErrorText(error));
    QVERIFY(!result.errorText().isEmpty());
}

void TestMoney::errorTexts()
{
    const QList<MoneyParseError> errors = {
        MoneyParseError::Empty,           MoneyParseError::Negative,
        MoneyParseError::TooManyDecimals, MoneyParseError::InvalidCharacter,
        MoneyParseError::Malformed,       MoneyParseError::Overflow,
    };
    QVERIFY(moneyParseErrorText(MoneyParseError::None).isEmpty());
    QSet<QString> seen;
    for (MoneyParseError error : errors) {
        const QString text = moneyParseErrorText(error);
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(static_cast<int>(error))));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), errors.size());
    // The form's hint follows the manual: "123 рубля 45 копеек" is typed as 123,45.
    QVERIFY(moneyParseErrorText(MoneyParseError::Malformed).contains(u"123,45"));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("plain");

    QTest::newRow("0") << qint64(0) << u"0,00"_s << u"0.00"_s;
    QTest::newRow("5") << qint64(5) << u"0,05"_s << u"0.05"_s;
    QTest::newRow("50") << qint64(50) << u"0,50"_s << u"0.50"_s;
    QTest::newRow("100") << qint64(100) << u"1,00"_s << u"1.00"_s;
    QTest::newRow("12345") << qint64(12345) << u"123,45"_s << u"123.45"_s;
    QTest::newRow("99999") << qint64(99999) << u"999,99"_s << u"999.99"_s;
    QTest::newRow("100000") << qint64(100000) << u"1 000,00"_s << u"1000.00"_s;
    QTest::newRow("123456") << qint64(123456) << u"1 234,56"_s << u"1234.56"_s;
    QTest::newRow("123450") << qint64(123450) << u"1 234,50"_s << u"1234.50"_s;
    QTest::newRow("12345678") << qint64(12345678) << u"123 456,78"_s << u"123456.78"_s;
    QTest::newRow("123456789") << qint64(123456789) << u"1 234 567,89"_s << u"1234567.89"_s;
    QTest::newRow("-5") << qint64(-5) << u"-0,05"_s << u"-0.05"_s;
    QTest::newRow("-100") << qint64(-100) << u"-1,00"_s << u"-1.00"_s;
    QTest::newRow("-123450") << qint64(-123450) << u"-1 234,50"_s << u"-1234.50"_s;
    QTest::newRow("qint64 max") << maxKopecks << u"92 233 720 368 547 758,07"_s
                                << u"92233720368547758.07"_s;
    QTest::newRow("qint64 min") << minKopecks << u"-92 233 720 368 547 758,08"_s
                                << u"-92233720368547758.08"_s;
}

void TestMoney::format()
{
    QFETCH(qint64, kopecks);
    QFETCH(QString, display);
    QFETCH(QString, plain);

    const Money money = Money::fromKopecks(kopecks);
    const QString shown = money.toString();
    QCOMPARE(shown, withNoBreakSpaces(display));
    QVERIFY(!shown.contains(u' '));
    QCOMPARE(money.toPlainDecimal(), plain);
}

void TestMoney::formatRoundTrip_data()
{
    QTest::addColumn<qint64>("kopecks");
    for (qint64 value : {qint64(0), qint64(1), qint64(10), qint64(99), qint64(100), qint64(123456),
                         qint64(100000000), maxKopecks - 1, maxKopecks})
        QTest::newRow(qPrintable(QString::number(value))) << value;
}

void TestMoney::formatRoundTrip()
{
    QFETCH(qint64, kopecks);
    const Money money = Money::fromKopecks(kopecks);

    const MoneyParseResult fromDisplay = Money::parse(money.toString());
    QCOMPARE(fromDisplay.error, MoneyParseError::None);
    QCOMPARE(fromDisplay.value, money);

    const MoneyParseResult fromPlain = Money::parse(money.toPlainDecimal());
    QCOMPARE(fromPlain.error, MoneyParseError::None);
    QCOMPARE(fromPlain.value, money);

    // The negative form is formatted but, by design, never accepted as input.
    if (!money.isZero())
        QCOMPARE(Money::parse((-money).toString()).error, MoneyParseError::Negative);
}

void TestMoney::predicates()
{
    QVERIFY(Money::fromKopecks(0).isZero());
    QVERIFY(!Money::fromKopecks(0).isNegative());
    QVERIFY(!Money::fromKopecks(0).isPositive());
    QVERIFY(!Money::fromKopecks(1).isZero());
    QVERIFY(Money::fromKopecks(1).isPositive());
    QVERIFY(!Money::fromKopecks(1).isNegative());
    QVERIFY(Money::fromKopecks(-1).isNegative());
    QVERIFY(!Money::fromKopecks(-1).isPositive());
    QVERIFY(!Money::fromKopecks(-1).isZero());
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromKopecks(12345);
    const Money b = Money::fromKopecks(655);
    QCOMPARE((a + b).kopecks(), 13000);
    QCOMPARE((a - b).kopecks(), 11690);
    QCOMPARE((b - a).kopecks(), -11690);
    QCOMPARE((-a).kopecks(), -12345);

    Money sum = a;
    sum += b;
    QCOMPARE(sum.kopecks(), 13000);
    sum -= a;
    QCOMPARE(sum, b);

    // The classic floating-point trap: ten kopecks plus twenty must be exactly thirty.
    QCOMPARE(Money::parse(u"0,1"_s).value + Money::parse(u"0,2"_s).value,
             Money::parse(u"0,3"_s).value);
}

void TestMoney::comparisons()
{
    const Money small = Money::fromKopecks(-1);
    const Money big = Money::fromKopecks(1);
    QVERIFY(small < big);
    QVERIFY(small <= big);
    QVERIFY(big > small);
    QVERIFY(big >= small);
    QVERIFY(small != big);
    QVERIFY(!(small == big));
    QVERIFY(big == Money::fromKopecks(1));
    QVERIFY(big <= Money::fromKopecks(1));
    QVERIFY(!(big < Money::fromKopecks(1)));
    QVERIFY(Money::fromKopecks(minKopecks) < Money::fromKopecks(maxKopecks));
}

void TestMoney::checkedArithmeticDetectsOverflow()
{
    const Money max = Money::fromKopecks(maxKopecks);
    const Money min = Money::fromKopecks(minKopecks);
    const Money one = Money::fromKopecks(1);

    QCOMPARE(Money::fromKopecks(maxKopecks - 1).checkedAdd(one), std::optional<Money>(max));
    QVERIFY(!max.checkedAdd(one).has_value());
    QVERIFY(!min.checkedAdd(-one).has_value());
    QVERIFY(!max.checkedAdd(max).has_value());
    QCOMPARE(max.checkedAdd(min), std::optional<Money>(Money::fromKopecks(-1)));

    QCOMPARE(Money::fromKopecks(minKopecks + 1).checkedSubtract(one), std::optional<Money>(min));
    QVERIFY(!min.checkedSubtract(one).has_value());
    QVERIFY(!max.checkedSubtract(-one).has_value());
    QVERIFY(!Money().checkedSubtract(min).has_value());

    QVERIFY(!min.checkedNegate().has_value());
    QCOMPARE(max.checkedNegate(), std::optional<Money>(Money::fromKopecks(-maxKopecks)));
    QCOMPARE(Money().checkedNegate(), std::optional<Money>(Money()));
}

void TestMoney::operatorsSaturate()
{
    const Money max = Money::fromKopecks(maxKopecks);
    const Money min = Money::fromKopecks(minKopecks);
    const Money one = Money::fromKopecks(1);

    QCOMPARE(max + one, max);
    QCOMPARE(one + max, max);
    QCOMPARE(min + (-one), min);
    QCOMPARE(min - one, min);
    QCOMPARE(max - (-one), max);
    QCOMPARE(Money() - min, max);
    QCOMPARE(-min, max);

    Money total = max;
    total += max;
    QCOMPARE(total, max);
    total = min;
    total -= max;
    QCOMPARE(total, min);
}

void TestMoney::hashing()
{
    QCOMPARE(qHash(Money::fromKopecks(12345)), qHash(Money::parse(u"123,45"_s).value));
    QCOMPARE(qHash(Money::fromKopecks(12345), 7), qHash(Money::fromKopecks(12345), 7));

    QSet<Money> set;
    set.insert(Money::fromKopecks(100));
    set.insert(Money::parse(u"1"_s).value);
    set.insert(Money::fromKopecks(101));
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Money::fromKopecks(101)));
    QVERIFY(!set.contains(Money::fromKopecks(102)));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
