#pragma once

#include "protocol/Period.h"

#include <optional>

class PortalContext;

// Which periods are closed, as every answer about charges, payments and the movement of funds
// sees it: up to the operator's last closed period, and never the current month or a later one,
// whatever the operator's records say (the manual: a period the accountant has not closed, "for
// example, the month is not over yet", is not shown). Tests move the clock to check that.
class ClosedPeriods
{
public:
    // The last closed period; an invalid Period when none is; std::nullopt on a database error.
    static std::optional<Period> lastClosed(PortalContext& context);

    // The same from the stored period and "now" (for units).
    static Period effective(Period stored, Period currentMonth);
};
