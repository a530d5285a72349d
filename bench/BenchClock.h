#pragma once

#include <QtGlobal>

// CLOCK_MONOTONIC in nanoseconds. It is one clock for every process of the machine, so the
// driver's "started the child" and the child's "painted" can be subtracted: start-up is measured
// from before the fork to the first paint, dynamic linking and Qt's own start-up included.
class BenchClock
{
public:
    BenchClock() = delete;

    static qint64 nowNs();
    static double msBetween(qint64 fromNs, qint64 toNs);
};
