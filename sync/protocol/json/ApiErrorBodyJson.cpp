#include "ApiErrorBodyJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject ApiErrorBodyJson::toJson(const ApiErrorBody& apiError)
{
    return QJsonObject {
        {u"error"_s, ApiErrorBody::codeKey(apiError.code)},
        {u"field"_s, JsonValues::optionalString(apiError.field)},
        {u"message"_s, apiError.message},
    };
}

std::optional<ApiErrorBody> ApiErrorBodyJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    ApiErrorBody apiError;
    apiError.code = reader.enumeration<ApiErrorBody::Code>(u"error", ApiErrorBody::codeFromKey);
    apiError.field = reader.optionalString(u"field");
    apiError.message = reader.string(u"message");
    return reader.result(apiError, error);
}
