#include "ProfileChangesJson.h"

#include "protocol/json/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace {
bool isPresent(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}
} // namespace

QJsonObject ProfileChangesJson::toJson(const ProfileChanges& profileChanges)
{
    QJsonObject object;
    if (profileChanges.email)
        object.insert(u"email"_s, *profileChanges.email);
    if (profileChanges.receiptSubscription)
        object.insert(u"receiptSubscription"_s, *profileChanges.receiptSubscription);
    return object;
}

std::optional<ProfileChanges> ProfileChangesJson::fromJson(const QJsonObject& object,
                                                           JsonError* error)
{
    JsonReader reader(object);
    ProfileChanges changes;
    if (isPresent(object, u"email"_s))
        changes.email = reader.string(u"email");
    if (isPresent(object, u"receiptSubscription"_s))
        changes.receiptSubscription = reader.boolean(u"receiptSubscription");
    return reader.result(changes, error);
}
