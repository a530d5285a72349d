#include "JsonTestSupport.h"
#include "protocol/json/AccountJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Account)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AccountJson::fromJson(object, error);
};

// The account of the example in docs/api.md.
Account exampleAccount()
{
    Account account;
    account.id = 3;
    account.number = u"16616"_s;
    account.ownerName = u"Лебедка Валентина Григорьевна"_s;
    account.address = u"г.п. Мирный, ул. Мира, д. 4, кв. 7"_s;
    account.areaCentiM2 = 3160;
    account.ownershipType = u"Частная"_s;
    account.balance = Money::fromKopecks(22025);
    account.buildingId = 2;
    account.hasMeters = false;
    account.payeeId = 1;
    return account;
}

QJsonObject validJson()
{
    return AccountJson::toJson(exampleAccount());
}

} // namespace

class TestAccountJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void unknownFieldsIgnored();
};

void TestAccountJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"id": 3, "number": "16616", "ownerName": "Лебедка Валентина Григорьевна",
             "address": "г.п. Мирный, ул. Мира, д. 4, кв. 7", "areaCentiM2": 3160,
             "ownershipType": "Частная", "balanceKopecks": 22025, "buildingId": 2,
             "hasMeters": false, "payeeId": 1})"_s);
    QCOMPARE(JsonTest::compact(AccountJson::toJson(exampleAccount())), JsonTest::compact(api));
    QVERIFY(AccountJson::fromJson(api) == exampleAccount());
}

void TestAccountJson::roundTrip_data()
{
    QTest::addColumn<Account>("account");
    QTest::newRow("example") << exampleAccount();

    Account overpaid = exampleAccount();
    overpaid.balance = Money::fromKopecks(-184000);
    overpaid.buildingId.reset(); // null on the wire
    overpaid.hasMeters = true;
    overpaid.payeeId.reset(); // null on the wire: no payee named
    overpaid.number = u"0016616"_s; // leading zeros count
    QTest::newRow("overpayment, no building") << overpaid;

    Account extremes;
    extremes.id = JsonValues::maxSafeInteger;
    extremes.balance = Money::fromKopecks(-JsonValues::maxSafeInteger);
    extremes.areaCentiM2 = std::numeric_limits<qint32>::max();
    extremes.buildingId = 0;
    extremes.ownerName = u"Ёлкина Эмма «Ё» \"кавычки\" \\ \t\n😀"_s;
    QTest::newRow("extremes") << extremes;
}

void TestAccountJson::roundTrip()
{
    QFETCH(Account, account);
    JsonTest::checkRoundTrip(&AccountJson::toJson, decode, account);
}

void TestAccountJson::requiredFields()
{
    // payeeId may be absent: a server from before it existed sends none.
    JsonTest::checkRequiredFields(decode, validJson(), {u"buildingId"_s, u"payeeId"_s});
}

void TestAccountJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestAccountJson::numbers()
{
    for (const QString& key : {u"id"_s, u"balanceKopecks"_s, u"buildingId"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
    JsonTest::checkIntegerField(decode, validJson(), u"areaCentiM2"_s, JsonTest::Width::Int32);
}

void TestAccountJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestAccountJson)
#include "tst_accountjson.moc"
