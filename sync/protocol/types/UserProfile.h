#pragma once

#include <QString>

// The signed-in user's account on the portal («Мой профиль»).
struct UserProfile
{
    QString login;
    QString email;
    // Whether receipts are mailed to email («подписаться на рассылку квитанций»).
    bool receiptsByEmail = false;

    friend bool operator==(const UserProfile&, const UserProfile&) = default;
};
