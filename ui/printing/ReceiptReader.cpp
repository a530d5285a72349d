#include "printing/ReceiptReader.h"

#include "charges/AccountHistoryReader.h"
#include "store/AccountStore.h"
#include "store/OrganizationStore.h"

std::optional<ReceiptSource> ReceiptReader::read(const QSqlDatabase& database, qint64 accountId)
{
    const std::optional<AccountHistory> history =
        AccountHistoryReader::read(database, accountId, AccountHistoryReader::Payments::Read);
    if (!history)
        return std::nullopt;
    ReceiptSource source;
    source.history = *history;
    const std::optional<qint64> payeeId = history->account.payeeId;
    if (history->account.id == 0 || !payeeId)
        return source;
    OrganizationStore organizations(database);
    source.payee = organizations.organization(*payeeId);
    if (!source.payee && organizations.lastError().isValid())
        return std::nullopt;
    return source;
}

std::optional<ReceiptSource> ReceiptReader::readByNumber(const QSqlDatabase& database,
                                                         const QString& number)
{
    AccountStore store(database);
    const std::optional<QList<Account>> accounts = store.accounts();
    if (!accounts)
        return std::nullopt;
    for (const Account& account : *accounts) {
        if (account.number == number)
            return read(database, account.id);
    }
    return ReceiptSource {};
}
