#include "accounts/AccountLedger.h"

#include "accounts/ChargeRepository.h"
#include "accounts/PaymentRepository.h"
#include "accounts/RecalculationRepository.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const Period firstPeriod(Period::minYear, 1);
} // namespace

AccountLedger::AccountLedger(PortalDatabase& database)
    : m_database(database)
{ }

std::optional<AccountLedger::Totals> AccountLedger::totals(qint64 accountId, Period from,
                                                           Period to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Totals {};
    const std::optional<Money> charged =
        ChargeRepository(m_database).baseTotal(accountId, from, to);
    const std::optional<Money> recalculated =
        RecalculationRepository(m_database).total(accountId, from, to);
    const std::optional<Money> paid =
        PaymentRepository(m_database).total(accountId, from.firstDay(), to.lastDay());
    if (!charged || !recalculated || !paid)
        return std::nullopt;
    return Totals {*charged, *recalculated, *paid};
}

std::optional<MovementOfFunds> AccountLedger::movement(qint64 accountId, Period from, Period to,
                                                       Period lastClosed) const
{
    // Without a closed period every range is empty: invalid bounds give zeros.
    const Period beforeFrom = std::min(from.previous(), lastClosed);
    const Period end = std::min(to, lastClosed);
    const std::optional<Totals> before = totals(accountId, firstPeriod, beforeFrom);
    const std::optional<Totals> during = totals(accountId, from, end);
    if (!before || !during)
        return std::nullopt;
    const std::optional<MovementOfFunds> opening = MovementOfFunds::compute(
        firstPeriod, beforeFrom, Money(), before->charged, before->recalculated, before->paid);
    if (!opening)
        return std::nullopt;
    return MovementOfFunds::compute(from, to, opening->closing, during->charged,
                                    during->recalculated, during->paid);
}

std::optional<Money> AccountLedger::balance(qint64 accountId, Period lastClosed) const
{
    if (!lastClosed.isValid())
        return Money();
    const std::optional<MovementOfFunds> all =
        movement(accountId, firstPeriod, lastClosed, lastClosed);
    if (!all)
        return std::nullopt;
    return all->closing;
}

bool AccountLedger::addSums(QHash<qint64, Money>& balances, const QString& sql,
                            const QVariant& bound, qint64 userId, int sign) const
{
    QSqlQuery query(m_database.database());
    query.prepare(sql);
    query.bindValue(0, bound);
    query.bindValue(1, userId);
    if (!query.exec())
        return false;
    while (query.next()) {
        const Money amount = Money::fromKopecks(query.value(1).toLongLong());
        Money& balance = balances[query.value(0).toLongLong()];
        balance += sign > 0 ? amount : -amount;
    }
    return true;
}

std::optional<QHash<qint64, Money>> AccountLedger::balancesOfUser(qint64 userId,
                                                                  Period lastClosed) const
{
    QHash<qint64, Money> balances;
    if (!lastClosed.isValid())
        return balances;
    const QString linked = u" AND account_id IN "
                           "(SELECT account_id FROM account_links WHERE user_id = ?) "
                           "GROUP BY account_id"_s;
    const bool ok =
        addSums(balances,
                u"SELECT account_id, SUM(base_kopecks) FROM charge_lines WHERE period <= ?"_s
                    + linked,
                lastClosed.toKey(), userId, 1)
        && addSums(balances,
                   u"SELECT account_id, SUM(amount_kopecks) FROM recalculations "
                   "WHERE applied_in <= ?"_s
                       + linked,
                   lastClosed.toKey(), userId, 1)
        && addSums(balances,
                   u"SELECT account_id, SUM(amount_kopecks) FROM payments WHERE paid_on <= ?"_s
                       + linked,
                   lastClosed.lastDay().toString(Qt::ISODate), userId, -1);
    if (!ok)
        return std::nullopt;
    return balances;
}
