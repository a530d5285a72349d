#include "AppealJson.h"

#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"

using namespace Qt::Literals::StringLiterals;

namespace {
bool isServerStatus(Appeal::Status status)
{
    return status != Appeal::Status::Draft && status != Appeal::Status::Queued;
}
} // namespace

QString AppealJson::statusKey(Appeal::Status status)
{
    return isServerStatus(status) ? Appeal::statusKey(status) : QString();
}

std::optional<Appeal::Status> AppealJson::statusFromKey(QStringView key)
{
    const std::optional<Appeal::Status> status = Appeal::statusFromKey(key);
    if (!status || !isServerStatus(*status))
        return std::nullopt;
    return status;
}

QJsonObject AppealJson::toJson(const Appeal& appeal)
{
    Q_ASSERT_X(isServerStatus(appeal.status), "AppealJson::toJson",
               "a draft or queued appeal is not on the server yet");
    return QJsonObject {
        {u"id"_s, JsonValues::optionalInteger(appeal.serverId)},
        {u"accountId"_s, JsonValues::optionalInteger(appeal.accountId)},
        {u"topic"_s, appeal.topic},
        {u"text"_s, appeal.text},
        {u"status"_s, Appeal::statusKey(appeal.status)},
        {u"answer"_s, JsonValues::optionalString(appeal.answer)},
        {u"createdAt"_s, JsonValues::instant(appeal.createdAt)},
        {u"answeredAt"_s, JsonValues::instant(appeal.answeredAt)},
    };
}

std::optional<Appeal> AppealJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    Appeal appeal;
    appeal.serverId = reader.integer(u"id");
    appeal.accountId = reader.optionalInteger(u"accountId");
    appeal.topic = reader.string(u"topic");
    appeal.text = reader.string(u"text");
    appeal.status = reader.enumeration<Appeal::Status>(u"status", statusFromKey);
    appeal.answer = reader.optionalString(u"answer");
    appeal.createdAt = reader.instant(u"createdAt");
    appeal.answeredAt = reader.optionalInstant(u"answeredAt");
    return reader.result(appeal, error);
}
