#include "accounts/ClosedPeriods.h"

#include "accounts/OperatorPeriodRepository.h"
#include "core/Clock.h"
#include "core/PortalContext.h"

#include <algorithm>

std::optional<Period> ClosedPeriods::lastClosed(PortalContext& context)
{
    const std::optional<Period> stored = OperatorPeriodRepository(context.database()).lastClosed();
    if (!stored)
        return std::nullopt;
    return effective(*stored, Period::fromDate(context.clock().now().date()));
}

Period ClosedPeriods::effective(Period stored, Period currentMonth)
{
    if (!stored.isValid() || !currentMonth.isValid())
        return {};
    const Period previous = currentMonth.previous();
    if (!previous.isValid())
        return {};
    return std::min(stored, previous);
}
