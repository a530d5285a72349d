#include "JsonTestSupport.h"
#include "protocol/json/PasswordChangeJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return PasswordChangeJson::fromJson(object, error);
};

PasswordChange sampleChange()
{
    return PasswordChange {u"old-one"_s, u"new!one"_s, u"new!one"_s};
}

QJsonObject validJson()
{
    return PasswordChangeJson::toJson(sampleChange());
}

} // namespace

class TestPasswordChangeJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestPasswordChangeJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"currentPassword": "old-one", "password": "new!one",
             "passwordConfirmation": "new!one"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleChange());
}

void TestPasswordChangeJson::roundTrip()
{
    JsonTest::checkRoundTrip(&PasswordChangeJson::toJson, decode, sampleChange());
    JsonTest::checkRoundTrip(&PasswordChangeJson::toJson, decode,
                             PasswordChange {QString(), u"пароль"_s, u"x"_s});
}

void TestPasswordChangeJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestPasswordChangeJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestPasswordChangeJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestPasswordChangeJson)
#include "tst_passwordchangejson.moc"
