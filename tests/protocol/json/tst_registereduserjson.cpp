#include "JsonTestSupport.h"
#include "protocol/json/RegisteredUserJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return RegisteredUserJson::fromJson(object, error);
};

RegisteredUser sampleUser()
{
    return RegisteredUser {u"Ivanov"_s, u"ivanov@example.ru"_s};
}

QJsonObject validJson()
{
    return RegisteredUserJson::toJson(sampleUser());
}

} // namespace

class TestRegisteredUserJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestRegisteredUserJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"login": "Ivanov", "email": "ivanov@example.ru"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleUser());
}

void TestRegisteredUserJson::roundTrip()
{
    JsonTest::checkRoundTrip(&RegisteredUserJson::toJson, decode, sampleUser());
    JsonTest::checkRoundTrip(&RegisteredUserJson::toJson, decode,
                             RegisteredUser {u"Ёжик-2"_s, u"ёж@почта.рф"_s});
}

void TestRegisteredUserJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestRegisteredUserJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestRegisteredUserJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestRegisteredUserJson)
#include "tst_registereduserjson.moc"
