#include "payments/MovementOfFundsCalculator.h"

#include <algorithm>

namespace {

bool add(std::optional<Money>& sum, Money amount)
{
    if (sum)
        sum = sum->checkedAdd(amount);
    return sum.has_value();
}

} // namespace

std::optional<MovementOfFundsCalculator::Totals>
MovementOfFundsCalculator::totals(const AccountHistory& history, Period from, Period to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Totals {};
    std::optional<Money> charged = Money();
    std::optional<Money> recalculated = Money();
    std::optional<Money> paid = Money();
    for (const ChargeLine& line : history.lines) {
        if (line.period >= from && line.period <= to && !add(charged, line.baseCharge))
            return std::nullopt;
    }
    for (const Recalculation& recalculation : history.recalculations) {
        if (recalculation.appliedIn >= from && recalculation.appliedIn <= to
            && !add(recalculated, recalculation.amount))
            return std::nullopt;
    }
    const QDate first = from.firstDay();
    const QDate last = to.lastDay();
    for (const Payment& payment : history.payments) {
        if (payment.date >= first && payment.date <= last && !add(paid, payment.amount))
            return std::nullopt;
    }
    return Totals {*charged, *recalculated, *paid};
}

std::optional<MovementOfFunds> MovementOfFundsCalculator::compute(const AccountHistory& history,
                                                                  Period from, Period to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    // An invalid lastClosed (none closed) sorts before every period, so both ranges come out
    // empty, as on the server.
    const Period firstPeriod(Period::minYear, 1);
    const Period beforeFrom = std::min(from.previous(), history.lastClosed);
    const Period end = std::min(to, history.lastClosed);
    const std::optional<Totals> before = totals(history, firstPeriod, beforeFrom);
    const std::optional<Totals> during = totals(history, from, end);
    if (!before || !during)
        return std::nullopt;
    const std::optional<MovementOfFunds> opening = MovementOfFunds::compute(
        firstPeriod, beforeFrom, Money(), before->charged, before->recalculated, before->paid);
    if (!opening)
        return std::nullopt;
    return MovementOfFunds::compute(from, to, opening->closing, during->charged,
                                    during->recalculated, during->paid);
}
