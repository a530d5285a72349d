#include "JsonTestSupport.h"
#include "protocol/json/PaymentJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Payment)

namespace {

constexpr qint64 accountId = 3;

const auto decode = [](const QJsonObject& object, JsonError* error) {
    return PaymentJson::fromJson(object, accountId, error);
};

Payment examplePayment()
{
    Payment payment;
    payment.id = 51;
    payment.accountId = accountId;
    payment.date = QDate(2014, 9, 25);
    payment.amount = Money::fromKopecks(22025);
    payment.source = u"Сбербанк"_s;
    return payment;
}

} // namespace

class TestPaymentJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesApiExample();
    void roundTrip_data();
    void roundTrip();
    void requiredFields();
    void wrongTypes();
    void numbers();
    void date();
    void unknownFieldsIgnored();
};

void TestPaymentJson::matchesApiExample()
{
    const QJsonObject api = JsonTest::parse(
        uR"({"id": 51, "date": "2014-09-25", "amountKopecks": 22025, "source": "Сбербанк"})"_s);
    QCOMPARE(JsonTest::compact(PaymentJson::toJson(examplePayment())), JsonTest::compact(api));
    QVERIFY(decode(api, nullptr) == examplePayment());
    QCOMPARE(PaymentJson::fromJson(api, 8)->accountId, 8);
}

void TestPaymentJson::roundTrip_data()
{
    QTest::addColumn<Payment>("payment");
    QTest::newRow("example") << examplePayment();
    Payment refund = examplePayment();
    refund.amount = Money::fromKopecks(-1);
    refund.date = QDate(2016, 2, 29);
    refund.source = u"Возврат «Почта России»"_s;
    QTest::newRow("negative, leap day") << refund;
}

void TestPaymentJson::roundTrip()
{
    QFETCH(Payment, payment);
    JsonTest::checkRoundTrip(&PaymentJson::toJson, decode, payment);
}

void TestPaymentJson::requiredFields()
{
    JsonTest::checkRequiredFields(decode, PaymentJson::toJson(examplePayment()), {});
}

void TestPaymentJson::wrongTypes()
{
    JsonTest::checkWrongTypes(decode, PaymentJson::toJson(examplePayment()));
}

void TestPaymentJson::numbers()
{
    for (const QString& key : {u"id"_s, u"amountKopecks"_s}) {
        JsonTest::checkIntegerField(decode, PaymentJson::toJson(examplePayment()), key,
                                    JsonTest::Width::Safe53);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPaymentJson::date()
{
    JsonTest::checkDateField(decode, PaymentJson::toJson(examplePayment()), u"date"_s);
}

void TestPaymentJson::unknownFieldsIgnored()
{
    JsonTest::checkUnknownFieldsIgnored(decode, PaymentJson::toJson(examplePayment()));
}

QTEST_GUILESS_MAIN(TestPaymentJson)
#include "tst_paymentjson.moc"
