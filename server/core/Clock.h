#pragma once

#include <QDateTime>

// The server's notion of "now". Everything that expires (tokens, captchas, rate-limit windows,
// idempotency keys) asks the context's Clock instead of QDateTime, so that tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;

    // The current instant, in UTC.
    virtual QDateTime now() const = 0;

    qint64 nowSecsSinceEpoch() const { return now().toSecsSinceEpoch(); }
};
