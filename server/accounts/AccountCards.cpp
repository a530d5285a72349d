#include "accounts/AccountCards.h"

#include "accounts/AccountLedger.h"
#include "accounts/AccountLinkRepository.h"
#include "accounts/AccountRepository.h"

AccountCards::AccountCards(PortalDatabase& database)
    : m_database(database)
{ }

Lookup<Account> AccountCards::card(qint64 accountId, Period lastClosed) const
{
    const Lookup<AccountRecord> record = AccountRepository(m_database).find(accountId);
    if (record.failed())
        return Lookup<Account>::failure();
    if (!record.isFound())
        return Lookup<Account>::missing();
    const std::optional<Money> balance = AccountLedger(m_database).balance(accountId, lastClosed);
    if (!balance)
        return Lookup<Account>::failure();
    Account account = record.value().account;
    account.balance = *balance;
    return Lookup<Account>::found(account);
}

Lookup<Account> AccountCards::linked(qint64 userId, qint64 accountId, Period lastClosed) const
{
    const std::optional<bool> isLinked =
        AccountLinkRepository(m_database).isLinked(userId, accountId);
    if (!isLinked)
        return Lookup<Account>::failure();
    if (!*isLinked)
        return Lookup<Account>::missing();
    return card(accountId, lastClosed);
}

std::optional<QList<Account>> AccountCards::allLinked(qint64 userId, Period lastClosed) const
{
    const std::optional<QList<AccountRecord>> records =
        AccountRepository(m_database).linkedTo(userId);
    const std::optional<QHash<qint64, Money>> balances =
        AccountLedger(m_database).balancesOfUser(userId, lastClosed);
    if (!records || !balances)
        return std::nullopt;
    QList<Account> accounts;
    accounts.reserve(records->size());
    for (const AccountRecord& record : *records) {
        Account account = record.account;
        account.balance = balances->value(account.id);
        accounts.append(account);
    }
    return accounts;
}
