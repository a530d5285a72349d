#pragma once

#include "protocol/types/Appeal.h"
#include "protocol/types/MeterReading.h"
#include "protocol/types/UserProfile.h"

#include <QtGlobal>

#include <variant>

// What the server answered to a sent outbox item, by kind: the registered appeal, the accepted
// reading, the new typo report's id, the changed profile.
using OutboxAnswer = std::variant<Appeal, MeterReading, qint64, UserProfile>;
