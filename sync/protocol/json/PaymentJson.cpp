#include "PaymentJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject PaymentJson::toJson(const Payment& payment)
{
    return QJsonObject {
        {u"id"_s, JsonValues::integer(payment.id)},
        {u"date"_s, JsonValues::date(payment.date)},
        {u"amountKopecks"_s, JsonValues::money(payment.amount)},
        {u"source"_s, payment.source},
    };
}

std::optional<Payment> PaymentJson::fromJson(const QJsonObject& object, qint64 accountId,
                                             JsonError* error)
{
    JsonReader reader(object);
    Payment payment;
    payment.id = reader.integer(u"id");
    payment.accountId = accountId;
    payment.date = reader.date(u"date");
    payment.amount = reader.money(u"amountKopecks");
    payment.source = reader.string(u"source");
    return reader.result(payment, error);
}
