#include "JsonTestSupport.h"
#include "protocol/json/AppealFormJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(AppealForm)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return AppealFormJson::fromJson(object, error);
};

AppealForm sampleForm()
{
    return AppealForm {3, u"Перерасчет"_s, u"Прошу пересчитать площадь."_s};
}

QJsonObject validJson()
{
    return AppealFormJson::toJson(sampleForm());
}

} // namespace

class TestAppealFormJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void withoutAccount();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void unknownFieldsIgnored();
};

void TestAppealFormJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"accountId": 3, "topic": "Перерасчет", "text": "Прошу пересчитать площадь."})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == sampleForm());
}

void TestAppealFormJson::withoutAccount()
{
    const QJsonObject encoded = AppealFormJson::toJson({std::nullopt, u"t"_s, u"x"_s});
    QVERIFY(encoded.value(u"accountId"_s).isNull());
    const std::optional<AppealForm> absent =
        decode(JsonTest::parse(uR"({"topic": "t", "text": "x"})"_s), nullptr);
    QVERIFY(absent);
    QVERIFY(!absent->accountId);
}

void TestAppealFormJson::roundTrip_data()
{
    QTest::addColumn<AppealForm>("form");
    QTest::newRow("sample") << sampleForm();
    QTest::newRow("no account") << AppealForm {std::nullopt, u" topic "_s, u"line\nline"_s};
}

void TestAppealFormJson::roundTrip()
{
    QFETCH(AppealForm, form);
    JsonTest::checkRoundTrip(&AppealFormJson::toJson, decode, form);
}

void TestAppealFormJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"accountId"_s});
}

void TestAppealFormJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestAppealFormJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"accountId"_s, JsonTest::Width::Safe53);
}

void TestAppealFormJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestAppealFormJson)
#include "tst_appealformjson.moc"
