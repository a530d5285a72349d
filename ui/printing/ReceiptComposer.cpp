#include "printing/ReceiptComposer.h"

#include "payments/MovementOfFundsCalculator.h"
#include "widgets/PeriodText.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

ReceiptComposer::Result ReceiptComposer::compose(const ReceiptSource& source, Period period)
{
    const AccountHistory& history = source.history;
    if (history.account.id == 0)
        return {std::nullopt, Error::UnknownAccount};
    if (!closedPeriods(history).contains(period))
        return {std::nullopt, Error::PeriodNotClosed};
    if (!source.payee)
        return {std::nullopt, Error::NoPayee};
    const std::optional<MovementOfFunds> movement =
        MovementOfFundsCalculator::compute(history, period, period);
    if (!movement)
        return {std::nullopt, Error::Overflow};

    Receipt receipt;
    receipt.payee = *source.payee;
    receipt.account = history.account;
    receipt.payer = payerOf(history.account);
    receipt.period = period;
    receipt.movement = *movement;
    for (const ChargeLine& line : history.lines) {
        if (line.period == period)
            receipt.lines.append(line);
    }
    for (const Recalculation& recalculation : history.recalculations) {
        if (recalculation.appliedIn == period)
            receipt.recalculations.append(recalculation);
    }
    receipt.purpose = purposeOf(history.account, period);
    const PaymentQrPayload code = PaymentQrPayload::create(receipt.payee, receipt.payer, period,
                                                           receipt.toPay(), receipt.purpose);
    if (code.isValid())
        receipt.paymentCode = code.text();
    else
        receipt.paymentCodeError = code.errorText();
    return {receipt, Error::None};
}

QList<Period> ReceiptComposer::closedPeriods(const AccountHistory& history)
{
    QList<Period> periods;
    const Period first = history.firstPeriod();
    if (!history.lastClosed.isValid() || !first.isValid())
        return periods;
    for (Period period = history.lastClosed; period >= first; period = period.previous())
        periods.append(period);
    return periods;
}

PaymentQrPayload::Payer ReceiptComposer::payerOf(const Account& account)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList words = account.ownerName.split(spaces, Qt::SkipEmptyParts);
    PaymentQrPayload::Payer payer;
    payer.address = account.address;
    payer.accountNumber = account.number;
    if (!words.isEmpty())
        payer.lastName = words.takeFirst();
    if (words.size() == 2 || words.size() == 1)
        payer.firstName = words.takeFirst();
    payer.middleName = words.join(u' ');
    return payer;
}

QString ReceiptComposer::purposeOf(const Account& account, Period period)
{
    // In Russian whatever the window's language: the payee's bank and accountants read it.
    return u"Взнос на капитальный ремонт за %1, л/с %2"_s.arg(period.toRussianString(),
                                                              account.number);
}

QString ReceiptComposer::errorText(Error error, const QString& accountNumber, Period period)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::UnknownAccount:
        return tr("There is no account No. %1 in the saved data.").arg(accountNumber);
    case Error::PeriodNotClosed:
        return tr("%1 is not a closed period of account No. %2: a receipt is made only for a "
                  "month the operator has closed.")
            .arg(period.isValid() ? PeriodText::text(period) : tr("This"), accountNumber);
    case Error::NoPayee:
        return tr("The saved data do not say whom account No. %1 pays: bring them up to date "
                  "and try again.")
            .arg(accountNumber);
    case Error::Overflow:
        return tr("The amounts of account No. %1 are too large to add up.").arg(accountNumber);
    }
    return {};
}
