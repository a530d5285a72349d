#pragma once

#include "printing/Receipt.h"
#include "printing/ReceiptSource.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Works out the Receipt of one closed period from what the cache holds (ReceiptSource): the
// period's charges and recalculations, its movement of funds as the server counts it
// (MovementOfFundsCalculator: the debt at its start, what was paid in it, what is owed at its
// end) and the payment code (PaymentQrPayload) for what is owed.
//
// A payee whose details PaymentQrPayload refuses still gets a receipt, without the code and with
// the reason in its place: the figures are right, only paying by the code would go astray.
class ReceiptComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptComposer)

public:
    ReceiptComposer() = delete;

    enum class Error
    {
        None,
        UnknownAccount, // the cache holds no such account
        PeriodNotClosed, // invalid, not closed yet, or before the account's history
        NoPayee, // the account names no payee, or the cache does not list it
        Overflow, // a sum does not fit
    };

    struct Result
    {
        std::optional<Receipt> receipt;
        Error error = Error::None;
    };

    static Result compose(const ReceiptSource& source, Period period);

    // The periods a receipt can be made for: the closed ones of the account's history, the latest
    // first.
    static QList<Period> closedPeriods(const AccountHistory& history);

    // The owner's name in parts for the payment code: family name, given name, patronymic, the
    // way Russian full names are written («Лебедка Валентина Григорьевна»). A name of other
    // shape (one word, or more than three) keeps its first word as the family name and the rest
    // as the patronymic, so nothing is lost.
    static PaymentQrPayload::Payer payerOf(const Account& account);

    // «Взнос на капитальный ремонт за сентябрь 2024, л/с 16616».
    static QString purposeOf(const Account& account, Period period);

    // A translated sentence naming the account and the period where they matter.
    static QString errorText(Error error, const QString& accountNumber, Period period);
};
