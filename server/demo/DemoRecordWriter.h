#pragma once

#include "accounts/AccountRepository.h"
#include "accounts/ChargeRepository.h"
#include "accounts/PaymentRepository.h"
#include "accounts/RecalculationRepository.h"
#include "demo/DemoLedger.h"
#include "protocol/types/HouseFund.h"

#include <QHash>

#include <optional>

class PortalDatabase;

// Writes demo accounts with their rows through the accounts area's repositories, whose insert
// statements are prepared once, and adds up each house's fund figures on the way. Every row of an
// account carries the one ChangeSequence stamp of that account. Call it inside a transaction.
class DemoRecordWriter
{
public:
    DemoRecordWriter(PortalDatabase& database, Period lastClosed);

    // The new account's id; std::nullopt on a database error.
    std::optional<qint64> write(const AccountRecord& record, const DemoLedger& ledger);

    // What the owners of a house were charged and paid up to the last closed period, and owe
    // (charged − paid).
    HouseFund fundOf(qint64 buildingId) const { return m_funds.value(buildingId); }

private:
    PortalDatabase& m_database;
    Period m_lastClosed;
    AccountRepository m_accounts;
    ChargeRepository m_charges;
    RecalculationRepository m_recalculations;
    PaymentRepository m_payments;
    QHash<qint64, HouseFund> m_funds;
};
