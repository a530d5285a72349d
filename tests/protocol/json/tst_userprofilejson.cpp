#include "JsonTestSupport.h"
#include "protocol/json/UserProfileJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(UserProfile)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return UserProfileJson::fromJson(object, error);
};

UserProfile exampleProfile()
{
    return UserProfile {u"Ivanov"_s, u"ivanov@example.ru"_s, true};
}

QJsonObject validJson()
{
    return UserProfileJson::toJson(exampleProfile());
}

} // namespace

class TestUserProfileJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestUserProfileJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"login": "Ivanov", "email": "ivanov@example.ru", "receiptSubscription": true})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == exampleProfile());
}

void TestUserProfileJson::roundTrip_data()
{
    QTest::addColumn<UserProfile>("profile");
    QTest::newRow("example") << exampleProfile();
    QTest::newRow("cyrillic, unsubscribed")
        << UserProfile {u"Иванов_Ёж-1"_s, u"иванов@почта.рф"_s, false};
}

void TestUserProfileJson::roundTrip()
{
    QFETCH(UserProfile, profile);
    JsonTest::checkRoundTrip(&UserProfileJson::toJson, decode, profile);
}

void TestUserProfileJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestUserProfileJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
    if (QTest::currentTestFailed())
        return;
    // 0 and 1 are not booleans.
    QCOMPARE(JsonTest::decodeErrorWith(decode, validJson(), u"receiptSubscription"_s, 1),
             JsonTest::error(JsonError::Reason::WrongType, u"receiptSubscription"_s));
}

void TestUserProfileJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestUserProfileJson)
#include "tst_userprofilejson.moc"
