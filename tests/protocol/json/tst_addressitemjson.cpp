#include "JsonTestSupport.h"
#include "protocol/json/AddressItemJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AddressItemJson::fromJson(object, error);
};

AddressItem sampleItem()
{
    return AddressItem {7, u"г.п. Мирный"_s};
}

QJsonObject validJson()
{
    return AddressItemJson::toJson(sampleItem());
}

} // namespace

class TestAddressItemJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void unknownFieldsIgnored();
};

void TestAddressItemJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(uR"({"id": 7, "name": "г.п. Мирный"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleItem());
}

void TestAddressItemJson::roundTrip()
{
    JsonTest::checkRoundTrip(&AddressItemJson::toJson, decode, sampleItem());
    JsonTest::checkRoundTrip(&AddressItemJson::toJson, decode, AddressItem {112, u"10а"_s});
}

void TestAddressItemJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestAddressItemJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestAddressItemJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"id"_s, JsonTest::Width::Safe53);
}

void TestAddressItemJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestAddressItemJson)
#include "tst_addressitemjson.moc"
