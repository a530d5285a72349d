#include "charges/AccountHistoryReader.h"

#include "protocol/types/SyncState.h"
#include "store/AccountStore.h"
#include "store/ChargeStore.h"
#include "store/PaymentStore.h"
#include "store/SyncStateStore.h"

namespace {

const Period firstEver(Period::minYear, 1);
const Period lastEver(Period::maxYear, 12);

} // namespace

std::optional<Period> AccountHistoryReader::lastClosedPeriod(const QSqlDatabase& database,
                                                             qint64 accountId)
{
    SyncStateStore states(database);
    const std::optional<SyncState> state =
        states.state(SyncState::forAccount(accountId, u"charges"));
    if (state)
        return Period::fromIsoString(state->cursor);
    if (states.lastError().isValid())
        return std::nullopt;
    const std::optional<QList<ChargeLine>> all =
        ChargeStore(database).charges(accountId, firstEver, lastEver);
    if (!all)
        return std::nullopt;
    return all->isEmpty() ? Period() : all->constLast().period;
}

std::optional<AccountHistory> AccountHistoryReader::read(const QSqlDatabase& database,
                                                         qint64 accountId, Payments payments)
{
    AccountHistory history;
    AccountStore accounts(database);
    const std::optional<Account> account = accounts.account(accountId);
    if (!account) {
        if (accounts.lastError().isValid())
            return std::nullopt;
        return history;
    }
    history.account = *account;
    const std::optional<Period> lastClosed = lastClosedPeriod(database, accountId);
    if (!lastClosed)
        return std::nullopt;
    history.lastClosed = *lastClosed;
    if (!lastClosed->isValid())
        return history; // nothing closed, so nothing to show

    // Only up to the last closed period, even if a row of a later one were still there: the
    // operator may take a closing back, and the server then leaves those rows out too.
    ChargeStore charges(database);
    const std::optional<QList<ChargeLine>> lines =
        charges.charges(accountId, firstEver, *lastClosed);
    const std::optional<QList<Recalculation>> recalculations =
        charges.recalculations(accountId, firstEver, *lastClosed);
    if (!lines || !recalculations)
        return std::nullopt;
    history.lines = *lines;
    history.recalculations = *recalculations;
    if (payments == Payments::Read) {
        const std::optional<QList<Payment>> paid =
            PaymentStore(database).payments(accountId, firstEver, *lastClosed);
        if (!paid)
            return std::nullopt;
        history.payments = *paid;
    }
    return history;
}
