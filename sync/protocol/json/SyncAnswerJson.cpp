#include "SyncAnswerJson.h"

#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/AccountJson.h"
#include "protocol/json/AppealJson.h"
#include "protocol/json/BuildingJson.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/JsonValues.h"
#include "protocol/json/MeterJson.h"
#include "protocol/json/NewsItemJson.h"
#include "protocol/json/OrganizationJson.h"
#include "protocol/json/PaymentJson.h"
#include "protocol/json/UserProfileJson.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T, typename Encode>
void insertList(QJsonObject& object, const QString& key, const QList<T>& items, Encode encode)
{
    // The server leaves out what has nothing in it; so does this encoder.
    if (items.isEmpty())
        return;
    QJsonArray array;
    for (const T& item : items)
        array.append(encode(item));
    object.insert(key, array);
}

template<typename T, typename Encode>
QJsonObject accountEntry(const SyncAnswerBody::ForAccount<T>& entry, Encode encode)
{
    QJsonArray items;
    for (const T& item : entry.items)
        items.append(encode(item));
    return QJsonObject {{u"accountId"_s, JsonValues::integer(entry.accountId)},
                        {u"items"_s, items}};
}

// Absent and null are "nothing", as for every optional field (see JsonReader).
bool isPresent(const QJsonObject& object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString elementPath(QStringView key, qsizetype index)
{
    return key.toString() + u'[' + QString::number(index) + u']';
}

// A "payments" or "meters" entry: {"accountId", "items": [...]}, each item decoded by
// decodeItem(object, accountId, error) since the items do not name their account.
template<typename T, typename DecodeItem>
std::optional<SyncAnswerBody::ForAccount<T>>
decodeAccountEntry(const QJsonObject& object, JsonError* error, DecodeItem decodeItem)
{
    JsonReader reader(object);
    SyncAnswerBody::ForAccount<T> entry;
    entry.accountId = reader.integer(u"accountId");
    entry.items = reader.objectList<T>(
        u"items", [&entry, &decodeItem](const QJsonObject& item, JsonError* e) {
            return decodeItem(item, entry.accountId, e);
        });
    return reader.result(entry, error);
}

std::optional<AccountCharges> decodeChargesEntry(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    const qint64 accountId = reader.integer(u"accountId");
    if (!reader.isOk())
        return reader.result(AccountCharges {}, error);
    return AccountChargesJson::fromJson(object, accountId, error);
}

// The list under key when there is one; empty when absent or null.
template<typename T, typename Decode>
QList<T> optionalList(JsonReader& reader, const QJsonObject& object, QStringView key, Decode decode)
{
    if (!isPresent(object, key))
        return {};
    return reader.objectList<T>(key, decode);
}

// The ids of "removedAccounts", each read by the same rules as every integer field.
QList<qint64> decodeIds(JsonReader& reader, const QJsonObject& object, QStringView key)
{
    if (!reader.isOk() || !isPresent(object, key))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        reader.fail(JsonError::Reason::WrongType, key.toString());
        return {};
    }
    const QJsonArray array = value.toArray();
    QList<qint64> ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // JsonReader reads fields of objects; wrapping the element in one gives it exactly the
        // rules (and the error reasons) of an id field.
        JsonReader element(QJsonObject {{u"id"_s, array.at(i)}});
        const qint64 id = element.integer(u"id");
        if (!element.isOk()) {
            reader.fail(element.error().reason, elementPath(key, i));
            return {};
        }
        ids.append(id);
    }
    return ids;
}

// Records Inconsistent at the accountId of the first entry whose account came before.
template<typename T, typename AccountOf>
void checkOneEntryPerAccount(JsonReader& reader, QStringView key, const QList<T>& entries,
                             AccountOf accountOf)
{
    QSet<qint64> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qint64 accountId = accountOf(entries.at(i));
        if (seen.contains(accountId)) {
            reader.fail(JsonError::Reason::Inconsistent, elementPath(key, i) + u".accountId"_s);
            return;
        }
        seen.insert(accountId);
    }
}

} // namespace

QJsonObject SyncAnswerJson::toJson(const SyncAnswerBody& answer)
{
    QJsonObject object {{u"cursor"_s, answer.cursor}, {u"more"_s, answer.more}};
    if (answer.profile)
        object.insert(u"profile"_s, UserProfileJson::toJson(*answer.profile));
    insertList(object, u"accounts"_s, answer.accounts, AccountJson::toJson);
    insertList(object, u"removedAccounts"_s, answer.removedAccounts, JsonValues::integer);
    insertList(object, u"charges"_s, answer.charges, [](const AccountCharges& entry) {
        QJsonObject charges = AccountChargesJson::toJson(entry);
        charges.insert(u"accountId"_s, JsonValues::integer(entry.accountId));
        return charges;
    });
    insertList(object, u"payments"_s, answer.payments,
               [](const SyncAnswerBody::ForAccount<Payment>& entry) {
                   return accountEntry(entry, PaymentJson::toJson);
               });
    insertList(object, u"meters"_s, answer.meters,
               [](const SyncAnswerBody::ForAccount<MeterDetails>& entry) {
                   return accountEntry(entry, MeterJson::toJson);
               });
    insertList(object, u"buildings"_s, answer.buildings, BuildingJson::toJson);
    insertList(object, u"organizations"_s, answer.organizations, OrganizationJson::toJson);
    insertList(object, u"news"_s, answer.news, NewsItemJson::toJson);
    insertList(object, u"appeals"_s, answer.appeals, AppealJson::toJson);
    return object;
}

std::optional<SyncAnswerBody> SyncAnswerJson::fromJson(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    SyncAnswerBody answer;
    answer.cursor = reader.string(u"cursor");
    if (reader.isOk() && answer.cursor.isEmpty())
        reader.fail(JsonError::Reason::Inconsistent, u"cursor"_s);
    answer.more = reader.boolean(u"more");
    if (reader.isOk() && isPresent(object, u"profile"))
        answer.profile =
            reader.object<UserProfile>(u"profile", [](const QJsonObject& profile, JsonError* e) {
                return UserProfileJson::fromJson(profile, e);
            });
    answer.accounts = optionalList<Account>(
        reader, object, u"accounts",
        [](const QJsonObject& account, JsonError* e) { return AccountJson::fromJson(account, e); });
    answer.removedAccounts = decodeIds(reader, object, u"removedAccounts");
    answer.charges = optionalList<AccountCharges>(reader, object, u"charges", decodeChargesEntry);
    answer.payments = optionalList<SyncAnswerBody::ForAccount<Payment>>(
        reader, object, u"payments", [](const QJsonObject& entry, JsonError* e) {
            return decodeAccountEntry<Payment>(
                entry, e, [](const QJsonObject& item, qint64 accountId, JsonError* itemError) {
                    return PaymentJson::fromJson(item, accountId, itemError);
                });
        });
    answer.meters = optionalList<SyncAnswerBody::ForAccount<MeterDetails>>(
        reader, object, u"meters", [](const QJsonObject& entry, JsonError* e) {
            return decodeAccountEntry<MeterDetails>(
                entry, e, [](const QJsonObject& item, qint64 accountId, JsonError* itemError) {
                    return MeterJson::fromJson(item, accountId, itemError);
                });
        });
    answer.buildings = optionalList<BuildingDetails>(reader, object, u"buildings",
                                                     [](const QJsonObject& building, JsonError* e) {
                                                         return BuildingJson::fromJson(building, e);
                                                     });
    answer.organizations = optionalList<Organization>(
        reader, object, u"organizations", [](const QJsonObject& organization, JsonError* e) {
            return OrganizationJson::fromJson(organization, e);
        });
    answer.news =
        optionalList<NewsItem>(reader, object, u"news", [](const QJsonObject& item, JsonError* e) {
            return NewsItemJson::fromJson(item, e);
        });
    answer.appeals = optionalList<Appeal>(
        reader, object, u"appeals",
        [](const QJsonObject& appeal, JsonError* e) { return AppealJson::fromJson(appeal, e); });

    checkOneEntryPerAccount(reader, u"charges", answer.charges,
                            [](const AccountCharges& entry) { return entry.accountId; });
    checkOneEntryPerAccount(
        reader, u"payments", answer.payments,
        [](const SyncAnswerBody::ForAccount<Payment>& entry) { return entry.accountId; });
    checkOneEntryPerAccount(
        reader, u"meters", answer.meters,
        [](const SyncAnswerBody::ForAccount<MeterDetails>& entry) { return entry.accountId; });
    return reader.result(answer, error);
}
