#include "SyncExpectation.h"

#include "PortalProcess.h"
#include "protocol/json/AccountChargesJson.h"
#include "protocol/json/AccountJson.h"
#include "protocol/json/AppealJson.h"
#include "protocol/json/BuildingJson.h"
#include "protocol/json/JsonReader.h"
#include "protocol/json/MeterJson.h"
#include "protocol/json/NewsItemJson.h"
#include "protocol/json/OrganizationJson.h"
#include "protocol/json/PaymentJson.h"
#include "protocol/json/UserProfileJson.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// The widest range GET …/charges and …/payments accept: 600 months up to the last closed one.
constexpr int widestRangeMonths = 600;

class Fetcher
{
public:
    Fetcher(PortalProcess& portal, const QString& token, QString* error)
        : m_portal(portal)
        , m_token(token)
        , m_error(error)
    { }

    std::optional<QJsonObject> get(const QString& path)
    {
        const PortalReply reply = m_portal.get(path, PortalClient::bearer(m_token));
        if (reply.status != 200 || !reply.isJson)
            return fail(u"GET "_s + path + u" answered "_s + QString::number(reply.status));
        return reply.json;
    }

    // The "items" of path, each decoded by decode(object, JsonError*).
    template<typename T, typename Decode>
    std::optional<QList<T>> items(const QString& path, Decode decode)
    {
        const std::optional<QJsonObject> body = get(path);
        if (!body)
            return std::nullopt;
        JsonReader reader(*body);
        const QList<T> list = reader.objectList<T>(u"items", decode);
        if (!reader.isOk())
            return fail(path + u": "_s + reader.error().message);
        return list;
    }

    template<typename T>
    std::optional<T> decoded(const QString& path, std::optional<T> value, const JsonError& error)
    {
        if (!value)
            return fail(path + u": "_s + error.message);
        return value;
    }

    std::nullopt_t fail(const QString& why)
    {
        if (m_error && m_error->isEmpty())
            *m_error = why;
        return std::nullopt;
    }

private:
    PortalProcess& m_portal;
    QString m_token;
    QString* m_error;
};
} // namespace

std::optional<SyncReplica> SyncExpectation::fromEndpoints(PortalProcess& portal,
                                                          const QString& token, QString* error)
{
    Fetcher fetch(portal, token, error);
    SyncReplica expected;
    JsonError jsonError;

    const std::optional<QJsonObject> profile = fetch.get(u"/api/v1/profile"_s);
    if (!profile)
        return std::nullopt;
    expected.profile =
        fetch.decoded(u"profile"_s, UserProfileJson::fromJson(*profile, &jsonError), jsonError);
    if (!expected.profile)
        return std::nullopt;

    const auto accounts = fetch.items<Account>(u"/api/v1/accounts"_s, AccountJson::fromJson);
    if (!accounts)
        return std::nullopt;
    for (const Account& account : *accounts) {
        expected.accounts.insert(account.id, account);
        const QString base = u"/api/v1/accounts/"_s + QString::number(account.id);

        // The last closed period first (the default range ends there), then all of them.
        const std::optional<QJsonObject> latest = fetch.get(base + u"/charges"_s);
        if (!latest)
            return std::nullopt;
        const std::optional<AccountCharges> header = fetch.decoded(
            u"charges"_s, AccountChargesJson::fromJson(*latest, account.id, &jsonError), jsonError);
        if (!header)
            return std::nullopt;
        const Period closed = header->lastClosedPeriod;
        expected.lastClosed.insert(account.id, closed);
        if (!closed.isValid())
            continue;
        const QString range = u"?from="_s + closed.addMonths(-(widestRangeMonths - 1)).toIsoString()
            + u"&to="_s + closed.toIsoString();
        const std::optional<QJsonObject> all = fetch.get(base + u"/charges"_s + range);
        if (!all)
            return std::nullopt;
        const std::optional<AccountCharges> charges = fetch.decoded(
            u"charges"_s, AccountChargesJson::fromJson(*all, account.id, &jsonError), jsonError);
        if (!charges)
            return std::nullopt;
        for (const ChargeLine& line : charges->lines)
            expected.lines[account.id].insert({line.period.toKey(), line.service}, line);
        for (const Recalculation& recalculation : charges->recalculations)
            expected.recalculations[account.id].insert(recalculation.id, recalculation);

        const auto payments = fetch.items<Payment>(
            base + u"/payments"_s + range, [&](const QJsonObject& object, JsonError* e) {
                return PaymentJson::fromJson(object, account.id, e);
            });
        if (!payments)
            return std::nullopt;
        for (const Payment& payment : *payments)
            expected.payments[account.id].insert(payment.id, payment);
    }
    for (const Account& account : *accounts) {
        const auto meters = fetch.items<MeterDetails>(
            u"/api/v1/accounts/"_s + QString::number(account.id) + u"/meters"_s,
            [&](const QJsonObject& object, JsonError* e) {
                return MeterJson::fromJson(object, account.id, e);
            });
        if (!meters)
            return std::nullopt;
        for (const MeterDetails& meter : *meters)
            expected.meters[account.id].insert(meter.meter.id, meter);
        if (account.buildingId && !expected.buildings.contains(*account.buildingId)) {
            const QString path = u"/api/v1/buildings/"_s + QString::number(*account.buildingId);
            const std::optional<QJsonObject> body = fetch.get(path);
            if (!body)
                return std::nullopt;
            const std::optional<BuildingDetails> building =
                fetch.decoded(path, BuildingJson::fromJson(*body, &jsonError), jsonError);
            if (!building)
                return std::nullopt;
            expected.buildings.insert(building->building.id, *building);
        }
    }

    const auto organizations =
        fetch.items<Organization>(u"/api/v1/organizations"_s, OrganizationJson::fromJson);
    const auto news = fetch.items<NewsItem>(u"/api/v1/news"_s, NewsItemJson::fromJson);
    const auto appeals = fetch.items<Appeal>(u"/api/v1/appeals"_s, AppealJson::fromJson);
    if (!organizations || !news || !appeals)
        return std::nullopt;
    for (const Organization& organization : *organizations)
        expected.organizations.insert(organization.id, organization);
    for (const NewsItem& item : *news)
        expected.news.insert(item.id, item);
    for (const Appeal& appeal : *appeals)
        expected.appeals.insert(appeal.serverId.value_or(0), appeal);
    return expected;
}
