#pragma once

#include "core/Clock.h"

// The real time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};
