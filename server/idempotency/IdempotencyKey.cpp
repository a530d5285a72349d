#include "idempotency/IdempotencyKey.h"

QByteArray IdempotencyKey::headerName()
{
    return QByteArrayLiteral("Idempotency-Key");
}

bool IdempotencyKey::isValid(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > maxLength)
        return false;
    for (const char c : key) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}
