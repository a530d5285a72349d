#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The Idempotency-Key header of docs/api.md ("Idempotency"): 1 to 64 characters of
// [A-Za-z0-9_-], a UUID in practice.
class IdempotencyKey
{
public:
    IdempotencyKey() = delete;

    static constexpr qsizetype maxLength = 64;

    // "Idempotency-Key", as errors name the field.
    static QByteArray headerName();
    static bool isValid(QByteArrayView key);
};
