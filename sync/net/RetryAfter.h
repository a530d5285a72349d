#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Reads Retry-After (RFC 9110, 10.2.3): either delay-seconds ("120") or an HTTP-date
// ("Sun, 06 Nov 1994 08:49:37 GMT", counted from now). The API sends seconds; the date form is
// what a proxy in front of it may send.
class RetryAfter
{
public:
    RetryAfter() = delete;

    // A day: a longer wait is not a rate limit the user can sit out, and a huge value must not
    // overflow timers.
    static constexpr int maximumSeconds = 24 * 60 * 60;

    // Seconds to wait, clamped to 0 .. maximumSeconds; std::nullopt when absent or unreadable.
    static std::optional<int> parse(const QByteArray& value, const QDateTime& nowUtc);
};
