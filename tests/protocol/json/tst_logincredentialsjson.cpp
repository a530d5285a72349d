#include "JsonTestSupport.h"
#include "protocol/json/LoginCredentialsJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(LoginCredentials)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return LoginCredentialsJson::fromJson(object, error);
};

LoginCredentials withCaptcha()
{
    return LoginCredentials {u"Ivanov"_s, u"secret!1"_s, u"c2f0"_s, u"D398S"_s};
}

QJsonObject validJson()
{
    return LoginCredentialsJson::toJson(withCaptcha());
}

} // namespace

class TestLoginCredentialsJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void captchaOnlyWhenGiven();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestLoginCredentialsJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"login": "Ivanov", "password": "secret!1", "captchaId": "c2f0",
                             "captchaAnswer": "D398S"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == withCaptcha());
}

void TestLoginCredentialsJson::captchaOnlyWhenGiven()
{
    const LoginCredentials plain {u"Ivanov"_s, u"secret!1"_s, {}, {}};
    QVERIFY(!plain.hasCaptcha());
    QCOMPARE(
        JsonTest::compact(LoginCredentialsJson::toJson(plain)),
        JsonTest::compact(JsonTest::parse(uR"({"login": "Ivanov", "password": "secret!1"})"_s)));
    // Half a captcha still goes out whole, so that the server judges (and spends) it.
    const QJsonObject half = LoginCredentialsJson::toJson({u"a"_s, u"b"_s, u"c2f0"_s, {}});
    QCOMPARE(half.value(u"captchaId"_s).toString(), u"c2f0"_s);
    QVERIFY(half.value(u"captchaAnswer"_s).isString());
}

void TestLoginCredentialsJson::roundTrip_data()
{
    QTest::addColumn<LoginCredentials>("credentials");
    QTest::newRow("with captcha") << withCaptcha();
    QTest::newRow("without") << LoginCredentials {u"Иванов"_s, u"p"_s, {}, {}};
}

void TestLoginCredentialsJson::roundTrip()
{
    QFETCH(LoginCredentials, credentials);
    JsonTest::checkRoundTrip(&LoginCredentialsJson::toJson, decode, credentials);
}

void TestLoginCredentialsJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"captchaId"_s, u"captchaAnswer"_s});
}

void TestLoginCredentialsJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestLoginCredentialsJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestLoginCredentialsJson)
#include "tst_logincredentialsjson.moc"
