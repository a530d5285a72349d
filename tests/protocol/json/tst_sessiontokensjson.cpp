#include "JsonTestSupport.h"
#include "protocol/json/SessionTokensJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(SessionTokens)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return SessionTokensJson::fromJson(object, error);
};

SessionTokens sampleTokens()
{
    return SessionTokens {u"a1B2-c3_d4.e5"_s, 900, u"r9Z8-y7_x6"_s, 2592000};
}

QJsonObject validJson()
{
    return SessionTokensJson::toJson(sampleTokens());
}

} // namespace

class TestSessionTokensJson : public QObject
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

void TestSessionTokensJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"accessToken": "a1B2-c3_d4.e5", "accessExpiresIn": 900, "refreshToken": "r9Z8-y7_x6",
             "refreshExpiresIn": 2592000})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleTokens());
}

void TestSessionTokensJson::roundTrip_data()
{
    QTest::addColumn<SessionTokens>("tokens");
    QTest::newRow("sample") << sampleTokens();
    QTest::newRow("expired") << SessionTokens {u"x"_s, 0, u"y"_s, 0};
}

void TestSessionTokensJson::roundTrip()
{
    QFETCH(SessionTokens, tokens);
    JsonTest::checkRoundTrip(&SessionTokensJson::toJson, decode, tokens);
}

void TestSessionTokensJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestSessionTokensJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestSessionTokensJson::numbers()
{
    for (const QString& key : {u"accessExpiresIn"_s, u"refreshExpiresIn"_s}) {
        JsonTest::checkIntegerField(decode, validJson(), key, JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSessionTokensJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestSessionTokensJson)
#include "tst_sessiontokensjson.moc"
