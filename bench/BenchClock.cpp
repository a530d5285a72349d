#include "BenchClock.h"

#include <ctime>

qint64 BenchClock::nowNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + qint64(now.tv_nsec);
}

double BenchClock::msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}
