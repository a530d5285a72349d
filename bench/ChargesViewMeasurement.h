#pragma once

#include "Measurement.h"

// Item 7: the time to fill the charges view («Начисления») with the whole 20-year history of one
// account. kabinet-bench-card, once started on the card of the account with the longest history
// (see StartupMeasurement), opens the section as a click would and, when the page has read the
// history from the cache, picks the widest range; it reports the time from the click to the
// paint of the charges table with those rows, and the two parts (reading, then filling and
// painting). Its own runs of the card program, after one unmeasured start.
class ChargesViewMeasurement : public Measurement
{
public:
    QString title() const override;
    void run(const BenchContext& context, FigureTable& table) override;
};
