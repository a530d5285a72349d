#pragma once

#include <QDate>

// What POST /meters/{id}/readings sends: the reading the user took and on which day.
struct MeterReadingForm
{
    QDate date;
    qint64 valueThousandths = 0; // thousandths of the unit

    friend bool operator==(const MeterReadingForm&, const MeterReadingForm&) = default;
};
