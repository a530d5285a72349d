#pragma once

#include <QString>

// The administrator's PIN of a kiosk (docs/kiosk.md), kept in the kiosk's settings file as a
// salted PBKDF2-HMAC-SHA256 hash, never in clear:
//
//     pbkdf2-sha256:ITERATIONS:SALT_HEX:HASH_HEX
//
// (a 16-byte random salt, a 32-byte hash). `kabinet --kiosk-pin-hash` prints one; so does the
// Python one-liner in docs/kiosk.md, which computes the same thing.
class KioskPin
{
public:
    static constexpr int defaultIterations = 200000;

    // A new salted hash of pin.
    static QString hash(const QString& pin, int iterations = defaultIterations);
    // Whether pin is the one stored hashes; false for a stored text that is not such a hash (so
    // a settings file without one lets nobody out). Compares in constant time.
    static bool matches(const QString& pin, const QString& stored);
    static bool isWellFormed(const QString& stored);
};
