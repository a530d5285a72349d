#pragma once

#include "protocol/types/Meter.h"
#include "protocol/types/MeterReading.h"

#include <QList>

// A meter with its readings, as the items of GET /accounts/{id}/meters.
struct MeterDetails
{
    Meter meter;
    QList<MeterReading> readings; // each with meterId == meter.id

    friend bool operator==(const MeterDetails&, const MeterDetails&) = default;
};
