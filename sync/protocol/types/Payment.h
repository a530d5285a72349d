#pragma once

#include "protocol/Money.h"

#include <QDate>
#include <QString>

// Money received on an account.
struct Payment
{
    qint64 id = 0; // server id
    qint64 accountId = 0;
    QDate date;
    Money amount;
    QString source; // where it came from, e.g. a bank's name

    friend bool operator==(const Payment&, const Payment&) = default;
};
