#include "JsonTestSupport.h"
#include "protocol/json/OrganizationJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Organization)

namespace {

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return OrganizationJson::fromJson(object, error);
};

Organization sampleOrganization()
{
    Organization organization;
    organization.id = 1;
    organization.name = u"НО «Фонд капитального ремонта»"_s;
    organization.role = u"Региональный оператор"_s;
    organization.address = u"г. Энск, ул. Мира, д. 1"_s;
    organization.phones = {u"+7 (800) 000-00-00"_s, u"8 (3452) 00-00-00"_s};
    organization.email = u"info@fkr.example.ru"_s;
    organization.openingHours = u"пн–чт 9:00–18:00, пт 9:00–16:45"_s;
    organization.website = QUrl(u"https://fkr.example.ru/"_s);
    organization.inn = u"7203028149"_s;
    organization.kpp = u"720301001"_s;
    organization.bankName = u"Западно-Сибирское отделение № 8647 ПАО Сбербанк"_s;
    organization.bic = u"047102651"_s;
    organization.settlementAccount = u"40603810367000001234"_s;
    organization.correspondentAccount = u"30101810800000000651"_s;
    return organization;
}

// An organization that takes no payments: no bank details at all.
Organization managingCompany()
{
    Organization organization;
    organization.id = 2;
    organization.name = u"ООО «УК Мирный»"_s;
    organization.role = u"Управляющая организация"_s;
    return organization;
}

QJsonObject validJson()
{
    return OrganizationJson::toJson(sampleOrganization());
}

} // namespace

class TestOrganizationJson : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAsInApi();
    void noPaymentDetails();
    void bankFieldsCarriedAsTheyAre();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void website();
    void websiteSurvivesItsEncoding_data();
    void websiteSurvivesItsEncoding();
    void unknownFieldsIgnored();
};

void TestOrganizationJson::fieldsAsInApi()
{
    const QJsonObject expected = JsonTest::parse(
        uR"({"id": 1, "name": "НО «Фонд капитального ремонта»", "role": "Региональный оператор",
             "address": "г. Энск, ул. Мира, д. 1",
             "phones": ["+7 (800) 000-00-00", "8 (3452) 00-00-00"],
             "email": "info@fkr.example.ru", "openingHours": "пн–чт 9:00–18:00, пт 9:00–16:45",
             "website": "https://fkr.example.ru/", "inn": "7203028149", "kpp": "720301001",
             "bankName": "Западно-Сибирское отделение № 8647 ПАО Сбербанк", "bic": "047102651",
             "settlementAccount": "40603810367000001234",
             "correspondentAccount": "30101810800000000651"})"_s);
    QCOMPARE(JsonTest::compact(validJson()), JsonTest::compact(expected));
    QVERIFY(decode(expected, nullptr) == sampleOrganization());
}

void TestOrganizationJson::noPaymentDetails()
{
    // Empty strings on the wire, not nulls and not absent keys.
    const QJsonObject expected =
        JsonTest::parse(uR"({"id": 2, "name": "ООО «УК Мирный»", "role": "Управляющая организация",
             "address": "", "phones": [], "email": "", "openingHours": "", "website": null,
             "inn": "", "kpp": "", "bankName": "", "bic": "", "settlementAccount": "",
             "correspondentAccount": ""})"_s);
    QCOMPARE(JsonTest::compact(OrganizationJson::toJson(managingCompany())),
             JsonTest::compact(expected));
    const std::optional<Organization> decoded = decode(expected, nullptr);
    QVERIFY(decoded);
    QVERIFY(*decoded == managingCompany());
    QVERIFY(!decoded->takesPayments());
    QVERIFY(decoded->inn.isEmpty());
    QVERIFY(decode(validJson(), nullptr)->takesPayments());
}

void TestOrganizationJson::bankFieldsCarriedAsTheyAre()
{
    // The codec does not judge the details (PaymentDetailsRules does): a mistyped number comes
    // through unchanged, so the client can show it and the fault can be found.
    QJsonObject mistyped = validJson();
    mistyped.insert(u"inn"_s, u"7203028148"_s);
    mistyped.insert(u"bic"_s, u" 047102651"_s);
    mistyped.insert(u"settlementAccount"_s, u"40603 810 3 67000001234"_s);
    const std::optional<Organization> decoded = decode(mistyped, nullptr);
    QVERIFY(decoded);
    QCOMPARE(decoded->inn, u"7203028148"_s);
    QCOMPARE(decoded->bic, u" 047102651"_s);
    QCOMPARE(decoded->settlementAccount, u"40603 810 3 67000001234"_s);
}

void TestOrganizationJson::roundTrip_data()
{
    QTest::addColumn<Organization>("organization");
    QTest::newRow("sample") << sampleOrganization();
    QTest::newRow("no phones, no website, no bank details") << managingCompany();
    Organization partial = sampleOrganization();
    partial.kpp.clear(); // an individual entrepreneur has none
    partial.inn = u"720212345697"_s;
    QTest::newRow("entrepreneur") << partial;
    Organization cyrillicDomain = sampleOrganization();
    cyrillicDomain.website = QUrl(u"http://фкр.рф/контакты?раздел=1"_s);
    QTest::newRow("cyrillic domain") << cyrillicDomain;
    // Found by tests/fuzz: the pretty form of this URL has a space, which the decoder refuses.
    Organization encodedSpace = sampleOrganization();
    encodedSpace.website = QUrl(u"https://fkr.example.ru/%D0%B4%D0%BE%D0%BA%20%2F?q=a%20b#c%20d"_s);
    QTest::newRow("website with encoded spaces") << encodedSpace;
}

void TestOrganizationJson::roundTrip()
{
    QFETCH(Organization, organization);
    JsonTest::checkRoundTrip(&OrganizationJson::toJson, decode, organization);
}

void TestOrganizationJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, validJson(), {u"website"_s});
    if (QTest::currentTestFailed())
        return;
    // Spelled out for the bank fields, which may be "" but not left out or null.
    for (const QString& key : {u"inn"_s, u"kpp"_s, u"bankName"_s, u"bic"_s, u"settlementAccount"_s,
                               u"correspondentAccount"_s}) {
        QJsonObject without = validJson();
        QVERIFY2(without.contains(key), qPrintable(key));
        without.remove(key);
        QCOMPARE(JsonTest::decodeError(decode, without),
                 JsonTest::error(JsonError::Reason::Missing, key));
        QCOMPARE(JsonTest::decodeErrorWith(decode, validJson(), key, QJsonValue::Null),
                 JsonTest::error(JsonError::Reason::WrongType, key));
        QCOMPARE(JsonTest::decodeErrorWith(decode, validJson(), key, QString()), JsonError());
    }
}

void TestOrganizationJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, validJson());
    if (QTest::currentTestFailed())
        return;
    QJsonObject badPhone = validJson();
    badPhone.insert(u"phones"_s, QJsonArray {u"+7"_s, 7});
    QCOMPARE(JsonTest::decodeError(decode, badPhone),
             JsonTest::error(JsonError::Reason::WrongType, u"phones[1]"_s));
}

void TestOrganizationJson::numbers()
{
    JsonTest::checkIntegerField(decode, validJson(), u"id"_s, JsonTest::Width::Safe53);
}

void TestOrganizationJson::website()
{
    QVERIFY(OrganizationJson::toJson(Organization()).value(u"website").isNull());
    QJsonObject empty = validJson();
    empty.insert(u"website"_s, QString());
    QVERIFY(decode(empty, nullptr)->website.isEmpty());
    JsonTest::checkRejected(decode, validJson(), u"website"_s,
                            {u"http://exa mple.ru"_s, u"http://[::1"_s}, JsonError::Reason::BadUrl);
}

// Found by tests/fuzz: the website a server sends must come back unchanged once the client has
// written it and read it again (the cache, the sync answers the portal builds from what it read).
void TestOrganizationJson::websiteSurvivesItsEncoding_data()
{
    QTest::addColumn<QString>("website");
    QTest::newRow("encoded space") << u"http://x.ru/a%20b?q=a%20b#c%20d"_s;
    QTest::newRow("'#' in the fragment") << u"https://fkr.example.ru/#a#b"_s;
    QTest::newRow("relative, '#' in the fragment") << u"https#://fkr.example.ru/?lang=ru#top"_s;
    QTest::newRow("cyrillic") << u"http://фкр.рф/контакты?раздел=1#часы"_s;
}

void TestOrganizationJson::websiteSurvivesItsEncoding()
{
    QFETCH(QString, website);
    QJsonObject sent = validJson();
    sent.insert(u"website"_s, website);
    const std::optional<Organization> decoded = decode(sent, nullptr);
    QVERIFY(decoded);
    QVERIFY(!decoded->website.isEmpty());
    const QJsonObject written = OrganizationJson::toJson(*decoded);
    const std::optional<Organization> again =
        decode(JsonTest::parse(QString::fromUtf8(JsonTest::compact(written))), nullptr);
    QVERIFY2(again, JsonTest::compact(written).constData());
    QCOMPARE(again->website, decoded->website);
    QCOMPARE(OrganizationJson::toJson(*again), written);
}

void TestOrganizationJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, validJson());
}

QTEST_GUILESS_MAIN(TestOrganizationJson)
#include "tst_organizationjson.moc"
