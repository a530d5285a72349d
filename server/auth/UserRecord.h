#pragma once

#include <QString>

// One row of the table users.
struct UserRecord
{
    qint64 id = 0;
    QString login; // as registered: the case the owner typed
    QString email;
    QString passwordHash; // PasswordHasher's encoded Argon2id string
    bool active = false; // false until the activation link is opened
    bool receiptSubscription = false;
    qint64 changedSeq = 0;
};
