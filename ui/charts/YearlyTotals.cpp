#include "charts/YearlyTotals.h"

#include "payments/MovementOfFundsCalculator.h"

#include <algorithm>

std::optional<QList<YearlyTotals::Year>> YearlyTotals::compute(const AccountHistory& history,
                                                               Period from, Period to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    QList<Year> years;
    if (!history.lastClosed.isValid() || from > history.lastClosed)
        return years;
    const Period last = std::min(to, history.lastClosed);
    for (int year = from.year(); year <= last.year(); ++year) {
        const Period first = std::max(from, Period(year, 1));
        const Period end = std::min(last, Period(year, 12));
        const std::optional<MovementOfFunds> movement =
            MovementOfFundsCalculator::compute(history, first, end);
        if (!movement)
            return std::nullopt;
        const std::optional<Money> charged = movement->charged.checkedAdd(movement->recalculated);
        if (!charged)
            return std::nullopt;
        years.append({year, *charged, movement->paid});
    }
    return years;
}
