#pragma once

#include "protocol/Period.h"
#include "protocol/types/Account.h"
#include "protocol/types/ChargeLine.h"
#include "protocol/types/Payment.h"
#include "protocol/types/Recalculation.h"

#include <QList>
#include <QMetaType>

// One account's whole money history as the cache holds it, read in one go so that a page never
// mixes data of two syncs: every charge line, recalculation and payment, which the charges and
// payments pages then cut to the chosen months without reading again. The cache holds closed
// periods only (the server sends nothing else), so everything here is at or before lastClosed.
// A value snapshot: it crosses from the reader's thread to the GUI by copy.
struct AccountHistory
{
    Account account; // id 0 when the account is not (or no longer) in the cache
    // The last period the operator closed for the account; invalid while none is closed.
    Period lastClosed;
    QList<ChargeLine> lines; // by period, then as the server sent them
    QList<Recalculation> recalculations; // by the period they are booked in, then by id
    QList<Payment> payments; // by date, then by id; empty when not asked for

    // The earliest period anything here belongs to; invalid when there is nothing.
    Period firstPeriod() const
    {
        Period first;
        const auto earlier = [&first](Period period) {
            if (period.isValid() && (!first.isValid() || period < first))
                first = period;
        };
        if (!lines.isEmpty())
            earlier(lines.constFirst().period);
        if (!recalculations.isEmpty())
            earlier(recalculations.constFirst().appliedIn);
        if (!payments.isEmpty())
            earlier(Period::fromDate(payments.constFirst().date));
        return first;
    }
};

Q_DECLARE_METATYPE(AccountHistory)
