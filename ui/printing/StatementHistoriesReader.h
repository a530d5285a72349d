#pragma once

#include "charges/AccountHistory.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The histories a statement is made of, payments included, read out of the cache: one account
// by its number, or every linked account in the cache's order. For the cache reader's thread
// (CacheReaderThread::query) or a command line that opened the cache itself; never a widget.
class StatementHistoriesReader
{
public:
    StatementHistoriesReader() = delete;

    // accountNumber empty: all accounts. std::nullopt when a read fails; an empty list when the
    // cache holds no such account (or none at all).
    static std::optional<QList<AccountHistory>> read(const QSqlDatabase& database,
                                                     const QString& accountNumber);

private:
    static std::optional<QList<AccountHistory>> readAll(const QSqlDatabase& database,
                                                        const QString& accountNumber);
};
