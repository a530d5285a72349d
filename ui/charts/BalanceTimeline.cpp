#include "charts/BalanceTimeline.h"

#include "payments/MovementOfFundsCalculator.h"

#include <algorithm>

std::optional<QList<BalanceTimeline::Point>> BalanceTimeline::compute(const AccountHistory& history,
                                                                      Period from, Period to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    QList<Point> points;
    if (!history.lastClosed.isValid())
        return points;
    const Period last = std::min(to, history.lastClosed);
    for (Period period = from; period.isValid() && period <= last; period = period.next()) {
        const std::optional<MovementOfFunds> month =
            MovementOfFundsCalculator::compute(history, period, period);
        if (!month)
            return std::nullopt;
        points.append({period, month->closing});
    }
    return points;
}
