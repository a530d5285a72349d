#pragma once

#include "idempotency/StoredAnswer.h"

#include <QByteArray>
#include <QString>

// One remembered request: whose key it was, what the request was (its fingerprint) and what it
// was answered.
struct IdempotencyRecord
{
    qint64 userId = 0;
    QString key;
    QByteArray fingerprint; // IdempotentRequest::fingerprint()
    StoredAnswer answer;
    qint64 createdAtSecs = 0; // seconds since the epoch, by the server's clock
};
