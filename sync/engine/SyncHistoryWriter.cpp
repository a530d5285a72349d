#include "engine/SyncHistoryWriter.h"

namespace {
const Period firstPeriod(Period::minYear, 1);
const Period lastPeriod(Period::maxYear, 12);
} // namespace

SyncHistoryWriter::SyncHistoryWriter(QSqlDatabase db)
    : m_charges(db)
    , m_payments(db)
{ }

bool SyncHistoryWriter::check(bool ok, const QSqlError& error)
{
    m_lastError = ok ? QSqlError() : error;
    return ok;
}

bool SyncHistoryWriter::writeCharges(const AccountCharges& charges)
{
    for (const ChargeLine& line : charges.lines) {
        if (!check(m_charges.upsertLine(line), m_charges.lastError()))
            return false;
    }
    for (const Recalculation& recalculation : charges.recalculations) {
        if (!check(m_charges.upsertRecalculation(recalculation), m_charges.lastError()))
            return false;
    }
    return true;
}

bool SyncHistoryWriter::writePayments(const QList<Payment>& payments)
{
    for (const Payment& payment : payments) {
        if (!check(m_payments.upsert(payment), m_payments.lastError()))
            return false;
    }
    return true;
}

bool SyncHistoryWriter::trimAfter(qint64 accountId, Period lastClosed)
{
    const Period from = lastClosed.isValid() ? lastClosed.next() : firstPeriod;
    // Nothing can lie after 9999-12.
    if (!from.isValid())
        return true;
    // Replacing a range with nothing is the stores' way to delete it.
    return check(m_charges.replaceCharges(accountId, from, lastPeriod, {}), m_charges.lastError())
        && check(m_charges.replaceRecalculations(accountId, from, lastPeriod, {}),
                 m_charges.lastError())
        && check(m_payments.replacePayments(accountId, from.firstDay(), lastPeriod.lastDay(), {}),
                 m_payments.lastError());
}
