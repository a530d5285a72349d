#pragma once

#include "protocol/Period.h"

#include <QUrlQuery>

// The from/to of the charges, payments and movement requests. An invalid end is left out, and
// the server fills it in (docs/api.md, "Charges": the last twelve closed periods by default).
struct PeriodRange
{
    Period from;
    Period to;

    static PeriodRange between(Period from, Period to) { return PeriodRange {from, to}; }

    QUrlQuery query() const
    {
        QUrlQuery query;
        if (from.isValid())
            query.addQueryItem(QStringLiteral("from"), from.toIsoString());
        if (to.isValid())
            query.addQueryItem(QStringLiteral("to"), to.toIsoString());
        return query;
    }
};
