#pragma once

#include "protocol/Money.h"

#include <QDate>
#include <QString>

// What POST /accounts sends to link an account: the flat from the address directory, the
// account's number, and the date and sum of its last payment as proof of ownership.
struct AccountLinkForm
{
    qint64 flatId = 0;
    QString number; // text: leading zeros count
    QDate lastPaymentDate;
    Money lastPayment;
    QString captchaId;
    QString captchaAnswer;

    friend bool operator==(const AccountLinkForm&, const AccountLinkForm&) = default;
};
