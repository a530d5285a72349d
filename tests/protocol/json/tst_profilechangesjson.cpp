#include "JsonTestSupport.h"
#include "protocol/json/ProfileChangesJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ProfileChanges)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return ProfileChangesJson::fromJson(object, error);
};

ProfileChanges bothChanges()
{
    return ProfileChanges {u"new@example.ru"_s, false};
}

QJsonObject validJson()
{
    return ProfileChangesJson::toJson(bothChanges());
}

} // namespace

class TestProfileChangesJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void onlyWhatChanges();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void unknownFieldsIgnored();
};

void TestProfileChangesJson::matchesApiExample()
{
    const QJsonObject api =
        JsonTest::parse(uR"({"email": "new@example.ru", "receiptSubscription": false})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == bothChanges());
}

void TestProfileChangesJson::onlyWhatChanges()
{
    // An absent field leaves the server's value alone, so "not changing" must not be written as
    // an empty e-mail or false.
    QCOMPARE(JsonTest::compact(ProfileChangesJson::toJson({std::nullopt, true})),
             JsonTest::compact(JsonTest::parse(uR"({"receiptSubscription": true})"_s)));
    QCOMPARE(JsonTest::compact(ProfileChangesJson::toJson({u"a@b.ru"_s, std::nullopt})),
             JsonTest::compact(JsonTest::parse(uR"({"email": "a@b.ru"})"_s)));
    QVERIFY(ProfileChangesJson::toJson({}).isEmpty());
    QVERIFY(ProfileChanges().isEmpty());
    const std::optional<ProfileChanges> nothing = decode(QJsonObject(), nullptr);
    QVERIFY(nothing && nothing->isEmpty());
}

void TestProfileChangesJson::roundTrip_data()
{
    QTest::addColumn<ProfileChanges>("changes");
    QTest::newRow("both") << bothChanges();
    QTest::newRow("subscribe only") << ProfileChanges {std::nullopt, true};
    QTest::newRow("e-mail only, empty") << ProfileChanges {QString(), std::nullopt};
    QTest::newRow("nothing") << ProfileChanges {};
}

void TestProfileChangesJson::roundTrip()
{
    QFETCH(ProfileChanges, changes);
    JsonTest::checkRoundTrip(&ProfileChangesJson::toJson, decode, changes);
}

void TestProfileChangesJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"email"_s, u"receiptSubscription"_s});
}

void TestProfileChangesJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
}

void TestProfileChangesJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestProfileChangesJson)
#include "tst_profilechangesjson.moc"
