#include "AppealFormJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject AppealFormJson::toJson(const AppealForm& appealForm)
{
    return QJsonObject {
        {u"accountId"_s, JsonValues::optionalInteger(appealForm.accountId)},
        {u"topic"_s, appealForm.topic},
        {u"text"_s, appealForm.text},
    };
}

std::optional<AppealForm> AppealFormJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    AppealForm form;
    form.accountId = reader.optionalInteger(u"accountId");
    form.topic = reader.string(u"topic");
    form.text = reader.string(u"text");
    return reader.result(form, error);
}
