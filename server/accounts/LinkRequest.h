#pragma once

#include "protocol/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class JsonFieldReader;

// The body of POST /api/v1/accounts: {"flatId", "number", "lastPaymentDate",
// "lastPaymentKopecks", "captchaId", "captchaAnswer"}, read and checked field by field.
struct LinkRequest
{
    Q_DECLARE_TR_FUNCTIONS(LinkRequest)

public:
    static constexpr qsizetype maxNumberLength = 20;

    qint64 flatId = 0;
    QString number; // trimmed
    QDate lastPaymentDate;
    Money lastPayment;
    QString captchaId;
    QString captchaAnswer;

    // The request, or std::nullopt with the first problem recorded in fields (400 malformed for
    // a wrong JSON type, 422 invalid naming the field for a missing or unacceptable value).
    static std::optional<LinkRequest> read(JsonFieldReader& fields);
};
