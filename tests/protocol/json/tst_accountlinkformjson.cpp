#include "JsonTestSupport.h"
#include "protocol/json/AccountLinkFormJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AccountLinkFormJson::fromJson(object, error);
};

AccountLinkForm sampleForm()
{
    return AccountLinkForm {112,       u"16616"_s, QDate(2014, 9, 25), Money::fromKopecks(22025),
                            u"c2f0"_s, u"D398S"_s};
}

QJsonObject validJson()
{
    return AccountLinkFormJson::toJson(sampleForm());
}

} // namespace

class TestAccountLinkFormJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void dates();
    void unknownFieldsIgnored();
};

void TestAccountLinkFormJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"flatId": 112, "number": "16616", "lastPaymentDate": "2014-09-25",
             "lastPaymentKopecks": 22025, "captchaId": "c2f0", "captchaAnswer": "D398S"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleForm());
}

void TestAccountLinkFormJson::roundTrip()
{
    JsonTest::checkRoundTrip(&AccountLinkFormJson::toJson, decode, sampleForm());
    // Leading zeros of the number survive: it is text.
    JsonTest::checkRoundTrip(
        &AccountLinkFormJson::toJson, decode,
        AccountLinkForm {1, u"000123"_s, QDate(2000, 2, 29), Money::fromKopecks(1), {}, {}});
}

void TestAccountLinkFormJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestAccountLinkFormJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestAccountLinkFormJson::numbers()
{
    for (const QString& key : {u"flatId"_s, u"lastPaymentKopecks"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestAccountLinkFormJson::dates()
{
    JsonTest::checkDateField(decode, validJson(), u"lastPaymentDate"_s);
}

void TestAccountLinkFormJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestAccountLinkFormJson)
#include "tst_accountlinkformjson.moc"
