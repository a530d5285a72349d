#pragma once

#include "protocol/Period.h"

#include <optional>

class PortalDatabase;

// The last period the operator's accountant has closed (table operator_periods, one row).
// Charges, payments and the movement of funds are shown for closed periods only.
class OperatorPeriodRepository
{
public:
    explicit OperatorPeriodRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    // The stored period; an invalid Period while none is closed; std::nullopt on error.
    std::optional<Period> lastClosed() const;
    bool setLastClosed(Period period, qint64 changedSeq);

private:
    PortalDatabase& m_database;
};
