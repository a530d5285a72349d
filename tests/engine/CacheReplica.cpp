#include "CacheReplica.h"

#include "EngineTestLog.h"
#include "engine/SyncBookkeeping.h"
#include "store/AccountStore.h"
#include "store/AppealStore.h"
#include "store/BuildingStore.h"
#include "store/ChargeStore.h"
#include "store/MeterStore.h"
#include "store/NewsStore.h"
#include "store/OrganizationStore.h"
#include "store/PaymentStore.h"
#include "store/UserStore.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const Period firstPeriod(Period::minYear, 1);
const Period lastPeriod(Period::maxYear, 12);
const QDate firstDay(1, 1, 1);
const QDate lastDay(9999, 12, 31);

template<typename T>
std::optional<T> failed(const QString& what, const QSqlError& error)
{
    qCWarning(lcEngineTest).noquote() << u"reading "_s + what + u" failed: "_s + error.text();
    return std::nullopt;
}
} // namespace

std::optional<SyncReplica> CacheReplica::read(QSqlDatabase db)
{
    SyncReplica replica;
    UserStore user(db);
    replica.profile = user.profile();
    if (user.lastError().isValid())
        return failed<SyncReplica>(u"the profile"_s, user.lastError());

    AccountStore accountStore(db);
    ChargeStore charges(db);
    PaymentStore payments(db);
    MeterStore meters(db);
    BuildingStore buildings(db);
    SyncBookkeeping bookkeeping(db);
    const std::optional<QList<Account>> accounts = accountStore.accounts();
    if (!accounts)
        return failed<SyncReplica>(u"accounts"_s, accountStore.lastError());
    for (const Account& account : *accounts) {
        replica.accounts.insert(account.id, account);
        const std::optional<Period> closed = bookkeeping.lastClosedPeriod(account.id);
        if (!closed && bookkeeping.lastError().isValid())
            return failed<SyncReplica>(u"the last closed period"_s, bookkeeping.lastError());
        // A sync stopped between pages may hold a card whose charges have not come yet.
        if (closed)
            replica.lastClosed.insert(account.id, *closed);

        const auto lines = charges.charges(account.id, firstPeriod, lastPeriod);
        const auto recalculations = charges.recalculations(account.id, firstPeriod, lastPeriod);
        if (!lines || !recalculations)
            return failed<SyncReplica>(u"charges"_s, charges.lastError());
        for (const ChargeLine& line : *lines)
            replica.lines[account.id].insert({line.period.toKey(), line.service}, line);
        for (const Recalculation& recalculation : *recalculations)
            replica.recalculations[account.id].insert(recalculation.id, recalculation);

        const auto paid = payments.payments(account.id, firstDay, lastDay);
        if (!paid)
            return failed<SyncReplica>(u"payments"_s, payments.lastError());
        for (const Payment& payment : *paid)
            replica.payments[account.id].insert(payment.id, payment);

        const auto accountMeters = meters.meters(account.id);
        if (!accountMeters)
            return failed<SyncReplica>(u"meters"_s, meters.lastError());
        for (const Meter& meter : *accountMeters) {
            const auto readings = meters.readings(meter.id, firstDay, lastDay);
            if (!readings)
                return failed<SyncReplica>(u"readings"_s, meters.lastError());
            replica.meters[account.id].insert(meter.id, MeterDetails {meter, *readings});
        }

        if (account.buildingId && !replica.buildings.contains(*account.buildingId)) {
            const qint64 id = *account.buildingId;
            const std::optional<Building> building = buildings.building(id);
            // A house may be named before it arrives; then there is none to compare.
            if (!building) {
                if (buildings.lastError().isValid())
                    return failed<SyncReplica>(u"a house"_s, buildings.lastError());
                continue;
            }
            const auto works = buildings.works(id);
            const auto fund = buildings.houseFund(id);
            if (!works || !fund)
                return failed<SyncReplica>(u"a house's works or fund"_s, buildings.lastError());
            replica.buildings.insert(id, BuildingDetails {*building, *works, *fund});
        }
    }

    OrganizationStore organizationStore(db);
    const auto organizations = organizationStore.organizations();
    if (!organizations)
        return failed<SyncReplica>(u"organizations"_s, organizationStore.lastError());
    for (const Organization& organization : *organizations)
        replica.organizations.insert(organization.id, organization);

    NewsStore newsStore(db);
    const auto news = newsStore.latest();
    if (!news)
        return failed<SyncReplica>(u"news"_s, newsStore.lastError());
    for (const NewsItem& item : *news)
        replica.news.insert(item.id, item);

    AppealStore appealStore(db);
    const auto appeals = appealStore.appeals();
    if (!appeals)
        return failed<SyncReplica>(u"appeals"_s, appealStore.lastError());
    for (Appeal appeal : *appeals) {
        if (!appeal.serverId)
            continue; // written here, not the server's
        appeal.localId = 0; // not on the wire
        replica.appeals.insert(*appeal.serverId, appeal);
    }
    return replica;
}

void CacheReplica::normalize(SyncReplica& replica)
{
    for (BuildingDetails& building : replica.buildings) {
        std::sort(
            building.works.begin(), building.works.end(),
            [](const CapitalRepairWork& a, const CapitalRepairWork& b) { return a.id < b.id; });
    }
    for (auto& accountMeters : replica.meters) {
        for (MeterDetails& meter : accountMeters) {
            std::sort(meter.readings.begin(), meter.readings.end(),
                      [](const MeterReading& a, const MeterReading& b) { return a.date < b.date; });
        }
    }
}
