#include "SyncReplica.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

void SyncReplica::apply(const SyncPageData& page)
{
    if (page.profile)
        profile = page.profile;
    for (const qint64 id : page.removedAccounts) {
        accounts.remove(id);
        lastClosed.remove(id);
        lines.remove(id);
        recalculations.remove(id);
        payments.remove(id);
        meters.remove(id);
    }
    for (const Account& account : page.accounts)
        accounts.insert(account.id, account);
    for (const AccountCharges& entry : page.charges) {
        lastClosed.insert(entry.accountId, entry.lastClosedPeriod);
        for (const ChargeLine& line : entry.lines)
            lines[entry.accountId].insert({line.period.toKey(), line.service}, line);
        for (const Recalculation& recalculation : entry.recalculations)
            recalculations[entry.accountId].insert(recalculation.id, recalculation);
    }
    for (const auto& group : page.payments) {
        for (const Payment& payment : group.items)
            payments[group.accountId].insert(payment.id, payment);
    }
    for (const auto& group : page.meters) {
        for (const MeterDetails& meter : group.items)
            meters[group.accountId].insert(meter.meter.id, meter);
    }
    for (const BuildingDetails& building : page.buildings)
        buildings.insert(building.building.id, building);
    for (const Organization& organization : page.organizations)
        organizations.insert(organization.id, organization);
    for (const NewsItem& item : page.news)
        news.insert(item.id, item);
    for (const Appeal& appeal : page.appeals)
        appeals.insert(appeal.serverId.value_or(0), appeal);
    for (const AccountCharges& entry : page.charges)
        dropAfterClosed(entry.accountId);
    dropUnnamedBuildings();
}

void SyncReplica::dropAfterClosed(qint64 accountId)
{
    const Period closed = lastClosed.value(accountId);
    auto& accountLines = lines[accountId];
    for (auto it = accountLines.begin(); it != accountLines.end();)
        it = !closed.isValid() || it->period > closed ? accountLines.erase(it) : std::next(it);
    auto& accountRecalculations = recalculations[accountId];
    for (auto it = accountRecalculations.begin(); it != accountRecalculations.end();)
        it = !closed.isValid() || it->appliedIn > closed ? accountRecalculations.erase(it)
                                                         : std::next(it);
    auto& accountPayments = payments[accountId];
    for (auto it = accountPayments.begin(); it != accountPayments.end();)
        it = !closed.isValid() || it->date > closed.lastDay() ? accountPayments.erase(it)
                                                              : std::next(it);
}

void SyncReplica::dropUnnamedBuildings()
{
    QSet<qint64> named;
    for (const Account& account : std::as_const(accounts)) {
        if (account.buildingId)
            named.insert(*account.buildingId);
    }
    for (auto it = buildings.begin(); it != buildings.end();)
        it = named.contains(it.key()) ? std::next(it) : buildings.erase(it);
}

namespace {
// The keys of two maps that differ (missing on one side or unequal), with what.
template<typename Key, typename T>
void compareMaps(QStringList& out, const QString& what, const QMap<Key, T>& mine,
                 const QMap<Key, T>& theirs)
{
    // Returns QString, not the QStringBuilder the concatenation would be: a builder would refer
    // to the temporary QString::number() after the lambda returned.
    auto describe = [](const Key& key) -> QString {
        if constexpr (std::is_same_v<Key, QPair<int, QString>>)
            return QString::number(key.first) + u' ' + key.second;
        else
            return QString::number(key);
    };
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (!theirs.contains(it.key()))
            out << what + u' ' + describe(it.key()) + u" only in the replica"_s;
        else if (!(theirs.value(it.key()) == it.value()))
            out << what + u' ' + describe(it.key()) + u" differs"_s;
    }
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (!mine.contains(it.key()))
            out << what + u' ' + describe(it.key()) + u" missing from the replica"_s;
    }
}

template<typename T>
void comparePerAccount(QStringList& out, const QString& what, const QMap<qint64, T>& mine,
                       const QMap<qint64, T>& theirs)
{
    QSet<qint64> ids;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        ids.insert(it.key());
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        ids.insert(it.key());
    for (const qint64 id : ids)
        compareMaps(out, what + u" of account "_s + QString::number(id), mine.value(id),
                    theirs.value(id));
}
} // namespace

QStringList SyncReplica::differences(const SyncReplica& other) const
{
    QStringList out;
    if (profile != other.profile)
        out << u"profile differs"_s;
    compareMaps(out, u"account"_s, accounts, other.accounts);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        if (lastClosed.value(it.key()) != other.lastClosed.value(it.key()))
            out << u"lastClosedPeriod of account %1 differs"_s.arg(it.key());
    }
    comparePerAccount(out, u"line"_s, lines, other.lines);
    comparePerAccount(out, u"recalculation"_s, recalculations, other.recalculations);
    comparePerAccount(out, u"payment"_s, payments, other.payments);
    comparePerAccount(out, u"meter"_s, meters, other.meters);
    compareMaps(out, u"building"_s, buildings, other.buildings);
    compareMaps(out, u"organization"_s, organizations, other.organizations);
    compareMaps(out, u"news"_s, news, other.news);
    compareMaps(out, u"appeal"_s, appeals, other.appeals);
    return out;
}
