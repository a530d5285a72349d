#pragma once

#include "protocol/Period.h"

#include <QtGlobal>

class PortalDatabase;
class QRandomGenerator;

// Meters for one demo account, so that the meter-reading screens have something to show: cold
// and hot water, each with a reading on the 20th of the last months up to the last closed one.
class DemoMeters
{
public:
    DemoMeters() = delete;

    static constexpr int months = 24;

    static bool write(PortalDatabase& database, qint64 accountId, Period lastClosed,
                      QRandomGenerator& random);
};
