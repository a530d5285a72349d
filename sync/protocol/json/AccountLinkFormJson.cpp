#include "AccountLinkFormJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject AccountLinkFormJson::toJson(const AccountLinkForm& accountLinkForm)
{
    return QJsonObject {
        {u"flatId"_s, JsonValues::integer(accountLinkForm.flatId)},
        {u"number"_s, accountLinkForm.number},
        {u"lastPaymentDate"_s, JsonValues::date(accountLinkForm.lastPaymentDate)},
        {u"lastPaymentKopecks"_s, JsonValues::money(accountLinkForm.lastPayment)},
        {u"captchaId"_s, accountLinkForm.captchaId},
        {u"captchaAnswer"_s, accountLinkForm.captchaAnswer},
    };
}

std::optional<AccountLinkForm> AccountLinkFormJson::fromJson(const QJsonObject& object,
                                                             JsonError* error)
{
    JsonReader reader(object);
    AccountLinkForm form;
    form.flatId = reader.integer(u"flatId");
    form.number = reader.string(u"number");
    form.lastPaymentDate = reader.date(u"lastPaymentDate");
    form.lastPayment = reader.money(u"lastPaymentKopecks");
    form.captchaId = reader.string(u"captchaId");
    form.captchaAnswer = reader.string(u"captchaAnswer");
    return reader.result(form, error);
}
