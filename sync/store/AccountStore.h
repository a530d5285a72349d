#pragma once

#include "protocol/types/Account.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// The personal accounts linked to the cabinet. Removing an account removes everything cached for
// it (charges, payments, meters, appeals).
class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase db);

    // Inserts the account or overwrites the one with the same id.
    bool upsert(const Account& account);
    // Makes the cache hold exactly these accounts, as the server lists them: the missing ones are
    // removed with their data, the others upserted.
    bool replaceAll(const QList<Account>& accounts);
    bool remove(qint64 accountId);

    // std::nullopt when there is no such account (lastError() invalid) or on failure.
    std::optional<Account> account(qint64 accountId) const;
    // Ordered by account number, numerically for numbers of digits.
    std::optional<QList<Account>> accounts() const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
