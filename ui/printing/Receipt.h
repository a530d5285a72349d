#pragma once

#include "protocol/Money.h"
#include "protocol/PaymentQrPayload.h"
#include "protocol/Period.h"
#include "protocol/types/Account.h"
#include "protocol/types/ChargeLine.h"
#include "protocol/types/MovementOfFunds.h"
#include "protocol/types/Organization.h"
#include "protocol/types/Recalculation.h"

#include <QList>
#include <QString>

// Everything one receipt («платёжный документ») for one closed period of an account shows, worked
// out by ReceiptComposer and drawn by ReceiptPainter. A value: it is made once from the cache and
// then painted on a PDF, a printer or a print preview alike.
struct Receipt
{
    Organization payee; // whose bank details the owner pays to
    Account account;
    PaymentQrPayload::Payer payer; // the owner's name in parts, address and account number
    Period period;
    QList<ChargeLine> lines; // the period's charges, as the cache holds them
    QList<Recalculation> recalculations; // booked in the period
    // The period alone: opening is the debt (positive) or overpayment (negative) at its start,
    // closing what is owed at its end.
    MovementOfFunds movement;
    QString purpose; // «Назначение платежа», also in the payment code
    QString paymentCode; // the GOST R 56042-2014 payload; empty when it cannot be made
    QString paymentCodeError; // why it cannot be made; empty when it can

    // What to pay: the debt at the end of the period, nothing when there is none.
    Money toPay() const { return movement.closing.isPositive() ? movement.closing : Money(); }
};
