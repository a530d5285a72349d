#pragma once

#include "Measurement.h"

// Items 3, 4 and 5, from kabinet-bench-sync (see SyncBench): the full first sync against curl
// downloading the same answers, the sync with nothing new (requests, bytes on the wire, time),
// and the longest stall of the GUI thread's event loop during the full syncs.
class SyncMeasurement : public Measurement
{
public:
    QString title() const override;
    void run(const BenchContext& context, FigureTable& table) override;
};
