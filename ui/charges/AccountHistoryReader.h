#pragma once

#include "charges/AccountHistory.h"

#include <QSqlDatabase>

#include <optional>

// Reads an AccountHistory out of the cache through the stores. Meant for the cache reader's
// thread (CacheReaderThread::query): it never touches a widget.
class AccountHistoryReader
{
public:
    enum class Payments
    {
        Skip,
        Read,
    };

    // std::nullopt when a read fails. An account the cache does not hold gives an empty history
    // (account.id 0), not a failure: the last sync may just have unlinked it.
    static std::optional<AccountHistory> read(const QSqlDatabase& database, qint64 accountId,
                                              Payments payments);

    // The account's last closed period as the sync engine recorded it (the cursor of the
    // account's "charges" scope, "" while none is closed). A cache written before that record
    // existed falls back to the latest period it holds charges for. The account card
    // (CacheReader) goes by it too.
    // std::nullopt when a read fails.
    static std::optional<Period> lastClosedPeriod(const QSqlDatabase& database, qint64 accountId);
};
