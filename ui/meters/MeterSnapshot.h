#pragma once

#include "protocol/types/Meter.h"
#include "protocol/types/MeterReading.h"

#include <QHash>
#include <QList>

// One account's meters and every reading of each, as the cache held them at one moment.
struct MeterSnapshot
{
    qint64 accountId = 0;
    QList<Meter> meters; // ordered by id
    QHash<qint64, QList<MeterReading>> readings; // by meter id, oldest first
};
