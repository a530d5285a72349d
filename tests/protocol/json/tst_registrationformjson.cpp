#include "JsonTestSupport.h"
#include "protocol/json/RegistrationFormJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(RegistrationForm)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return RegistrationFormJson::fromJson(object, error);
};

RegistrationForm sampleForm()
{
    return RegistrationForm {
        u"Ivanov"_s, u"ivanov@example.ru"_s, u"secret!1"_s, u"secret!1"_s, u"c2f0"_s, u"D398S"_s,
        true};
}

QJsonObject validJson()
{
    return RegistrationFormJson::toJson(sampleForm());
}

} // namespace

class TestRegistrationFormJson : public QObject
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

void TestRegistrationFormJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"login": "Ivanov", "email": "ivanov@example.ru", "password": "secret!1",
             "passwordConfirmation": "secret!1", "captchaId": "c2f0", "captchaAnswer": "D398S",
             "agreementAccepted": true})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleForm());
}

void TestRegistrationFormJson::roundTrip_data()
{
    QTest::addColumn<RegistrationForm>("form");
    QTest::newRow("sample") << sampleForm();
    // The codec carries what the user typed, broken or not: the server judges it.
    QTest::newRow("cyrillic, mismatched, not accepted") << RegistrationForm {
        u"Иванов"_s, u"иванов@почта.рф"_s, u"a"_s, u"b"_s, QString(), u" x "_s, false};
}

void TestRegistrationFormJson::roundTrip()
{
    QFETCH(RegistrationForm, form);
    JsonTest::checkRoundTrip(&RegistrationFormJson::toJson, decode, form);
}

void TestRegistrationFormJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {});
}

void TestRegistrationFormJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestRegistrationFormJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestRegistrationFormJson)
#include "tst_registrationformjson.moc"
