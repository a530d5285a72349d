#include "JsonTestSupport.h"
#include "protocol/json/MovementOfFundsJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MovementOfFunds)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return MovementOfFundsJson::fromJson(object, error);
};

MovementOfFunds exampleMovement()
{
    return *MovementOfFunds::compute(Period(2014, 1), Period(2014, 12), Money::fromKopecks(10400),
                                     Money::fromKopecks(197184), Money::fromKopecks(-1040),
                                     Money::fromKopecks(184000));
}

QJsonObject validJson()
{
    return MovementOfFundsJson::toJson(exampleMovement());
}

} // namespace

class TestMovementOfFundsJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void periods();
    void mustAddUp();
    void unknownFieldsIgnored();
};

void TestMovementOfFundsJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"from": "2014-01", "to": "2014-12", "openingKopecks": 10400, "chargedKopecks": 197184,
             "recalculatedKopecks": -1040, "paidKopecks": 184000, "closingKopecks": 22544})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleMovement());
}

void TestMovementOfFundsJson::roundTrip_data()
{
    QTest::addColumn<MovementOfFunds>("movement");
    QTest::newRow("example") << exampleMovement();
    QTest::newRow("overpaid") << *MovementOfFunds::compute(
        Period(2014, 9), Period(2014, 9), Money::fromKopecks(-500), Money::fromKopecks(16432),
        Money(), Money::fromKopecks(50000));
    QTest::newRow("nothing") << *MovementOfFunds::compute(Period(1900, 1), Period(9999, 12),
                                                          Money(), Money(), Money(), Money());
}

void TestMovementOfFundsJson::roundTrip()
{
    QFETCH(MovementOfFunds, movement);
    JsonTest::checkRoundTrip(&MovementOfFundsJson::toJson, decode, movement);
}

void TestMovementOfFundsJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestMovementOfFundsJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestMovementOfFundsJson::numbers()
{
    // The generic integer check would break the sum; the type errors come first all the same.
    for (const QString& key : {u"openingKopecks"_s, u"chargedKopecks"_s, u"recalculatedKopecks"_s,
                               u"paidKopecks"_s, u"closingKopecks"_s}) {
        using Reason = JsonError::Reason;
        const QJsonObject valid = validJson();
        QCOMPARE(JsonTest::decodeErrorWith(decode, valid, key, 1.5),
                 JsonTest::error(Reason::NotAnInteger, key));
        QCOMPARE(JsonTest::decodeErrorWith(decode, valid, key, 1e20),
                 JsonTest::error(Reason::OutOfRange, key));
        QCOMPARE(JsonTest::decodeErrorWith(decode, valid, key, JsonValues::maxSafeInteger + 1),
                 JsonTest::error(Reason::OutOfRange, key));
        QCOMPARE(JsonTest::decodeErrorWith(decode, valid, key, u"100"_s),
                 JsonTest::error(Reason::WrongType, key));
    }
    // The extremes of the safe range, in a movement that adds up.
    const auto unchanged = [](qint64 balance) {
        return MovementOfFundsJson::toJson(
            *MovementOfFunds::compute(Period(2014, 1), Period(2014, 12),
                                      Money::fromKopecks(balance), Money(), Money(), Money()));
    };
    QCOMPARE(JsonTest::decodeError(decode, unchanged(JsonValues::maxSafeInteger)), JsonError());
    QCOMPARE(JsonTest::decodeError(decode, unchanged(-JsonValues::maxSafeInteger)), JsonError());
}

void TestMovementOfFundsJson::periods()
{
    JsonTest::checkPeriodField(decode, validJson(), u"from"_s);
    if (QTest::currentTestFailed())
        return;
    JsonTest::checkPeriodField(decode, validJson(), u"to"_s);
}

void TestMovementOfFundsJson::mustAddUp()
{
    for (const QString& key : {u"openingKopecks"_s, u"chargedKopecks"_s, u"recalculatedKopecks"_s,
                               u"paidKopecks"_s, u"closingKopecks"_s}) {
        QJsonObject json = validJson();
        json.insert(key, json.value(key).toInteger() + 1); // off by one kopeck
        QCOMPARE(JsonTest::decodeError(decode, json),
                 JsonTest::error(JsonError::Reason::Inconsistent, u"closingKopecks"_s));
    }
    // A sum that overflows cannot add up either.
    QJsonObject overflowing = validJson();
    overflowing.insert(u"openingKopecks"_s, JsonValues::maxSafeInteger);
    overflowing.insert(u"chargedKopecks"_s, JsonValues::maxSafeInteger);
    overflowing.insert(u"paidKopecks"_s, 0);
    overflowing.insert(u"recalculatedKopecks"_s, 0);
    overflowing.insert(u"closingKopecks"_s, 2 * JsonValues::maxSafeInteger); // unsafe anyway
    QCOMPARE(JsonTest::decodeError(decode, overflowing).reason, JsonError::Reason::OutOfRange);
}

void TestMovementOfFundsJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestMovementOfFundsJson)
#include "tst_movementoffundsjson.moc"
