#pragma once

#include "protocol/types/ChargeLine.h"
#include "protocol/types/Recalculation.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Charges («Начисления») and recalculations («Перерасчеты») of accounts, by period. Period ranges
// are inclusive at both ends.
class ChargeStore
{
public:
    explicit ChargeStore(QSqlDatabase db);

    // Inserts the line or overwrites the one for the same account, period and service.
    bool upsertLine(const ChargeLine& line);
    // Makes the cache hold exactly lines for the account's periods from..to, as the server sent
    // them. Fails, changing nothing, when a line belongs to another account or period.
    bool replaceCharges(qint64 accountId, Period from, Period to, const QList<ChargeLine>& lines);
    // Ordered by period, then as the lines were stored.
    std::optional<QList<ChargeLine>> charges(qint64 accountId, Period from, Period to) const;
    // The sum of the lines' totals.
    std::optional<Money> totalCharged(qint64 accountId, Period from, Period to) const;

    // Inserts the recalculation or overwrites the one with the same id.
    bool upsertRecalculation(const Recalculation& recalculation);
    // As replaceCharges(), by the period a recalculation is applied in.
    bool replaceRecalculations(qint64 accountId, Period from, Period to,
                               const QList<Recalculation>& recalculations);
    // Applied in from..to, ordered by that period, then by id.
    std::optional<QList<Recalculation>> recalculations(qint64 accountId, Period from,
                                                       Period to) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    bool checkRange(Period from, Period to) const;

    StoreConnection m_connection;
};
