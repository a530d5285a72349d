#pragma once

#include "charges/AccountHistory.h"
#include "protocol/types/Organization.h"

#include <QMetaType>

#include <optional>

// What the cache holds for an account's receipts, read in one go (ReceiptReader): the account's
// whole history with its payments, which the movement of funds of any period needs, and the
// organization it pays. A value snapshot: it crosses from the reader's thread by copy.
struct ReceiptSource
{
    AccountHistory history; // history.account.id 0 when the cache holds no such account
    // Absent when the account names no payee or the cache does not list it.
    std::optional<Organization> payee;
};

Q_DECLARE_METATYPE(ReceiptSource)
