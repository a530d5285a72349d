#include "demo/DemoRecordWriter.h"

#include "storage/ChangeSequence.h"

DemoRecordWriter::DemoRecordWriter(PortalDatabase& database, Period lastClosed)
    : m_database(database)
    , m_lastClosed(lastClosed)
    , m_accounts(database)
    , m_charges(database)
    , m_recalculations(database)
    , m_payments(database)
{ }

std::optional<qint64> DemoRecordWriter::write(const AccountRecord& record, const DemoLedger& ledger)
{
    const std::optional<qint64> stamp = ChangeSequence::next(m_database);
    if (!stamp)
        return std::nullopt;
    const std::optional<qint64> accountId = m_accounts.insert(record, *stamp);
    if (!accountId)
        return std::nullopt;
    for (ChargeLine line : ledger.lines) {
        line.accountId = *accountId;
        if (!m_charges.insert(line, *stamp))
            return std::nullopt;
    }
    for (Recalculation recalculation : ledger.recalculations) {
        recalculation.accountId = *accountId;
        if (!m_recalculations.insert(recalculation, *stamp))
            return std::nullopt;
    }
    for (Payment payment : ledger.payments) {
        payment.accountId = *accountId;
        if (!m_payments.insert(payment, *stamp))
            return std::nullopt;
    }

    if (record.account.buildingId) {
        HouseFund& fund = m_funds[*record.account.buildingId];
        fund.buildingId = *record.account.buildingId;
        fund.asOf = m_lastClosed.lastDay();
        fund.charged += ledger.chargedUpTo(m_lastClosed);
        fund.paid += ledger.paidUpTo(m_lastClosed);
        // What the owners still owe, overpayments netted (docs/api.md: negative when they
        // overpaid).
        fund.debt += ledger.balanceAt(m_lastClosed);
    }
    return accountId;
}
