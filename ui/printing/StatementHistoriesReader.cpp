#include "printing/StatementHistoriesReader.h"

#include "charges/AccountHistoryReader.h"
#include "store/AccountStore.h"

std::optional<QList<AccountHistory>> StatementHistoriesReader::read(const QSqlDatabase& database,
                                                                    const QString& accountNumber)
{
    // One read transaction: all accounts as of one sync, even if the engine commits meanwhile.
    QSqlDatabase snapshot = database;
    const bool inTransaction = snapshot.transaction();
    std::optional<QList<AccountHistory>> histories = readAll(database, accountNumber);
    if (inTransaction)
        snapshot.rollback();
    return histories;
}

std::optional<QList<AccountHistory>> StatementHistoriesReader::readAll(const QSqlDatabase& database,
                                                                       const QString& accountNumber)
{
    const std::optional<QList<Account>> accounts = AccountStore(database).accounts();
    if (!accounts)
        return std::nullopt;
    QList<AccountHistory> histories;
    for (const Account& account : *accounts) {
        if (!accountNumber.isEmpty() && account.number != accountNumber)
            continue;
        const std::optional<AccountHistory> history =
            AccountHistoryReader::read(database, account.id, AccountHistoryReader::Payments::Read);
        if (!history)
            return std::nullopt;
        if (history->account.id != 0)
            histories.append(*history);
    }
    return histories;
}
