#include "engine/SyncClock.h"

SyncClock::~SyncClock() = default;

QDateTime SyncClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}
