#include "SyncPageData.h"

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
const QStringList knownKeys {u"cursor"_s,          u"more"_s,          u"profile"_s,  u"accounts"_s,
                             u"removedAccounts"_s, u"charges"_s,       u"payments"_s, u"meters"_s,
                             u"buildings"_s,       u"organizations"_s, u"news"_s,     u"appeals"_s};

// "accountId" and "items" of a per-account group, the items decoded by decodeItem(object,
// accountId, error).
template<typename T, typename DecodeItem>
std::optional<SyncPageData::AccountItems<T>> accountItems(const QJsonObject& object,
                                                          JsonError* error, DecodeItem decodeItem)
{
    JsonReader reader(object);
    SyncPageData::AccountItems<T> group;
    group.accountId = reader.integer(u"accountId");
    group.items = reader.objectList<T>(u"items", [&](const QJsonObject& item, JsonError* e) {
        return decodeItem(item, group.accountId, e);
    });
    if (reader.isOk() && group.items.isEmpty())
        reader.fail(JsonError::Reason::Inconsistent, u"items"_s);
    return reader.result(group, error);
}

std::optional<AccountCharges> chargesEntry(const QJsonObject& object, JsonError* error)
{
    JsonReader reader(object);
    const qint64 accountId = reader.integer(u"accountId");
    if (!reader.isOk())
        return reader.result(AccountCharges {}, error);
    return AccountChargesJson::fromJson(object, accountId, error);
}

template<typename T>
bool uniqueAccounts(const QList<T>& groups, qint64 (*accountOf)(const T&))
{
    QSet<qint64> seen;
    for (const T& group : groups) {
        if (seen.contains(accountOf(group)))
            return false;
        seen.insert(accountOf(group));
    }
    return true;
}
} // namespace

std::optional<SyncPageData> SyncPageData::decode(const QJsonObject& body, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<SyncPageData> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(u"unknown key "_s + it.key());
        if (it.value().isArray() && it.value().toArray().isEmpty())
            return fail(u"empty array "_s + it.key());
    }

    JsonReader reader(body);
    SyncPageData page;
    page.cursor = reader.string(u"cursor");
    page.more = reader.boolean(u"more");
    if (body.contains(u"profile"_s))
        page.profile = reader.object<UserProfile>(u"profile", UserProfileJson::fromJson);
    auto listOf = [&](const QString& key, auto decode) {
        using T = typename decltype(decode(QJsonObject(), nullptr))::value_type;
        return body.contains(key) ? reader.objectList<T>(key, decode) : QList<T>();
    };
    page.accounts = listOf(u"accounts"_s, AccountJson::fromJson);
    page.charges = listOf(u"charges"_s, chargesEntry);
    page.payments = listOf(u"payments"_s, [](const QJsonObject& object, JsonError* e) {
        return accountItems<Payment>(object, e, PaymentJson::fromJson);
    });
    page.meters = listOf(u"meters"_s, [](const QJsonObject& object, JsonError* e) {
        return accountItems<MeterDetails>(object, e, MeterJson::fromJson);
    });
    page.buildings = listOf(u"buildings"_s, BuildingJson::fromJson);
    page.organizations = listOf(u"organizations"_s, OrganizationJson::fromJson);
    page.news = listOf(u"news"_s, NewsItemJson::fromJson);
    page.appeals = listOf(u"appeals"_s, AppealJson::fromJson);
    if (!reader.isOk())
        return fail(u"field "_s + reader.error().field + u": "_s + reader.error().message);
    if (page.cursor.isEmpty())
        return fail(u"empty cursor"_s);

    for (const QJsonValue& value : body.value(u"removedAccounts"_s).toArray()) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > double(JsonValues::maxSafeInteger)
            || number != double(qint64(number)))
            return fail(u"removedAccounts holds a non-id"_s);
        page.removedAccounts.append(qint64(number));
    }

    if (!uniqueAccounts<AccountCharges>(page.charges,
                                        [](const AccountCharges& c) { return c.accountId; })
        || !uniqueAccounts<AccountItems<Payment>>(
            page.payments, [](const AccountItems<Payment>& g) { return g.accountId; })
        || !uniqueAccounts<AccountItems<MeterDetails>>(
            page.meters, [](const AccountItems<MeterDetails>& g) { return g.accountId; }))
        return fail(u"an account has two entries in one list"_s);
    return page;
}

QStringList SyncPageData::itemKeys() const
{
    QStringList keys;
    if (profile)
        keys << u"profile"_s;
    for (const qint64 id : removedAccounts)
        keys << u"removed %1"_s.arg(id);
    for (const Account& account : accounts)
        keys << u"account %1"_s.arg(account.id);
    for (const AccountCharges& entry : charges) {
        for (const ChargeLine& line : entry.lines)
            keys << u"line %1 %2 %3"_s.arg(entry.accountId)
                        .arg(line.period.toIsoString(), line.service);
        for (const Recalculation& recalculation : entry.recalculations)
            keys << u"recalculation %1"_s.arg(recalculation.id);
    }
    for (const auto& group : payments) {
        for (const Payment& payment : group.items)
            keys << u"payment %1"_s.arg(payment.id);
    }
    for (const auto& group : meters) {
        for (const MeterDetails& meter : group.items)
            keys << u"meter %1"_s.arg(meter.meter.id);
    }
    for (const BuildingDetails& building : buildings)
        keys << u"building %1"_s.arg(building.building.id);
    for (const Organization& organization : organizations)
        keys << u"organization %1"_s.arg(organization.id);
    for (const NewsItem& item : news)
        keys << u"news %1"_s.arg(item.id);
    for (const Appeal& appeal : appeals)
        keys << u"appeal %1"_s.arg(appeal.serverId.value_or(0));
    return keys;
}

qint64 SyncPageData::weight() const
{
    qint64 total = (profile ? 1 : 0) + removedAccounts.size() + accounts.size()
        + organizations.size() + news.size() + appeals.size();
    for (const AccountCharges& entry : charges)
        total += entry.lines.size() + entry.recalculations.size();
    for (const auto& group : payments)
        total += group.items.size();
    for (const auto& group : meters) {
        for (const MeterDetails& meter : group.items)
            total += 1 + meter.readings.size();
    }
    for (const BuildingDetails& building : buildings)
        total += 1 + building.works.size();
    return total;
}

bool SyncPageData::isEmpty() const
{
    return !profile && accounts.isEmpty() && removedAccounts.isEmpty() && charges.isEmpty()
        && payments.isEmpty() && meters.isEmpty() && buildings.isEmpty() && organizations.isEmpty()
        && news.isEmpty() && appeals.isEmpty();
}
