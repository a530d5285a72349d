#include "sync/SyncHistoryCollector.h"

#include "core/PortalContext.h"
#include "meters/MeterRepository.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncBudget.h"
#include "sync/SyncChanges.h"
#include "sync/SyncHistoryReader.h"
#include "sync/SyncPage.h"
#include "sync/SyncScope.h"
#include "sync/SyncWindow.h"

#include <QHash>

namespace {
// Adds rows (each of weight one) while they fit, moving position.row past each.
template<typename Row, typename IdOf, typename Add>
SyncCollector::Outcome addRows(SyncPage& page, const QList<Row>& rows, SyncPosition& position,
                               IdOf idOf, Add add)
{
    for (const Row& row : rows) {
        if (!page.budget.fits(1))
            return SyncCollector::Outcome::Full;
        add(row);
        page.budget.spend(1);
        position.row = idOf(row);
    }
    return SyncCollector::Outcome::Done;
}
} // namespace

SyncCollector::Outcome SyncHistoryCollector::collect(SyncPage& page, SyncPosition& position)
{
    PortalDatabase& database = page.context.database();
    const bool everyAccount = page.window.isFull() || page.window.closedChanged();
    QSet<qint64> changed;
    if (!everyAccount) {
        const SyncChanges changes(database, page.window);
        const std::optional<QSet<qint64>> ledger = changes.accountsWithChangedLedger();
        const std::optional<QSet<qint64>> meters = changes.accountsWithChangedMeters();
        if (!ledger || !meters)
            return Outcome::Failed;
        changed = *ledger + *meters;
    }

    const SyncHistoryReader reader(database, page.window);
    for (const SyncScope::LinkedAccount& account : page.scope.accounts()) {
        if (account.id < position.key)
            continue;
        if (!everyAccount && !account.isNew && !changed.contains(account.id))
            continue;
        if (account.id > position.key) {
            position.key = account.id;
            position.stream = SyncStream::ChargesHeader;
            position.row = 0;
        }
        const Outcome outcome = collectAccount(page, reader, account.id, account.isNew, position);
        if (outcome != Outcome::Done)
            return outcome;
    }
    return Outcome::Done;
}

SyncCollector::Outcome SyncHistoryCollector::collectAccount(SyncPage& page,
                                                            const SyncHistoryReader& reader,
                                                            qint64 accountId, bool isNew,
                                                            SyncPosition& position)
{
    for (int stream = int(position.stream); stream <= SyncPosition::lastStream; ++stream) {
        if (stream != int(position.stream)) {
            position.stream = SyncStream(stream);
            position.row = 0;
        }
        const Outcome outcome = collectStream(page, reader, accountId, isNew, position);
        if (outcome != Outcome::Done)
            return outcome;
    }
    return Outcome::Done;
}

SyncCollector::Outcome SyncHistoryCollector::collectStream(SyncPage& page,
                                                           const SyncHistoryReader& reader,
                                                           qint64 accountId, bool isNew,
                                                           SyncPosition& position)
{
    const Period closed = page.window.toClosed;
    // One more than fits tells whether the stream goes on after this page.
    const int limit = page.budget.allowance() + 1;
    switch (position.stream) {
    case SyncStream::ChargesHeader:
        if (!isNew && !page.window.closedChanged())
            return Outcome::Done;
        if (!page.budget.fits(1))
            return Outcome::Full;
        page.answer.charges(accountId, closed);
        page.budget.spend(1);
        return Outcome::Done;
    case SyncStream::ChargeLines: {
        const auto rows = reader.chargeLines(accountId, isNew, position.row, limit);
        if (!rows)
            return Outcome::Failed;
        return addRows(
            page, *rows, position, [](const SyncHistoryReader::Line& row) { return row.id; },
            [&](const SyncHistoryReader::Line& row) {
                page.answer.charges(accountId, closed).lines.append(row.line);
            });
    }
    case SyncStream::Recalculations: {
        const auto rows = reader.recalculations(accountId, isNew, position.row, limit);
        if (!rows)
            return Outcome::Failed;
        return addRows(
            page, *rows, position, [](const Recalculation& row) { return row.id; },
            [&](const Recalculation& row) {
                page.answer.charges(accountId, closed).recalculations.append(row);
            });
    }
    case SyncStream::Payments: {
        const auto rows = reader.payments(accountId, isNew, position.row, limit);
        if (!rows)
            return Outcome::Failed;
        return addRows(
            page, *rows, position, [](const Payment& row) { return row.id; },
            [&](const Payment& row) { page.answer.addPayment(row); });
    }
    case SyncStream::Meters:
        return collectMeters(page, reader, accountId, isNew, position);
    }
    return Outcome::Failed;
}

SyncCollector::Outcome SyncHistoryCollector::collectMeters(SyncPage& page,
                                                           const SyncHistoryReader& reader,
                                                           qint64 accountId, bool isNew,
                                                           SyncPosition& position)
{
    const std::optional<QList<qint64>> ids =
        reader.meters(accountId, isNew, position.row, page.budget.allowance() + 1);
    if (!ids)
        return Outcome::Failed;
    if (ids->isEmpty())
        return Outcome::Done;
    const std::optional<QList<MeterDetails>> meters =
        MeterRepository(page.context.database()).forAccount(accountId);
    if (!meters)
        return Outcome::Failed;
    QHash<qint64, const MeterDetails*> byId;
    for (const MeterDetails& meter : *meters)
        byId.insert(meter.meter.id, &meter);
    for (const qint64 id : *ids) {
        const MeterDetails* meter = byId.value(id);
        if (!meter)
            return Outcome::Failed; // read in the same transaction: it cannot have gone
        // A meter travels with all its readings: it weighs one more per reading.
        if (!page.budget.fits(1 + meter->readings.size()))
            return Outcome::Full;
        page.answer.addMeter(accountId, *meter);
        page.budget.spend(1 + meter->readings.size());
        position.row = id;
    }
    return Outcome::Done;
}
