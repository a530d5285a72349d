#pragma once

#include "printing/ReceiptSource.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Reads a ReceiptSource out of the cache through the stores. Meant for the cache reader's thread
// (CacheReaderThread::query): it never touches a widget.
class ReceiptReader
{
public:
    ReceiptReader() = delete;

    // std::nullopt when a read fails; an account the cache does not hold gives a source whose
    // history.account.id is 0.
    static std::optional<ReceiptSource> read(const QSqlDatabase& database, qint64 accountId);
    // The same for the account with this number («лицевой счет»), as the command line names it.
    static std::optional<ReceiptSource> readByNumber(const QSqlDatabase& database,
                                                     const QString& number);
};
