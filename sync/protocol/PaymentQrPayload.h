#pragma once

#include "Money.h"
#include "PaymentDetailsRules.h"
#include "Period.h"
#include "types/Organization.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// The text of the payment QR code printed on a housing receipt, as GOST R 56042-2014 («Стандарты
// финансовых операций. Двумерные символы штрихового кода для осуществления платежей физических
// лиц») defines it: the header "ST00012" (format ST, version 0001, character set 2 = UTF-8), then
// "|"-separated Key=Value pairs. Banking apps read it to fill in a transfer, so a wrong account
// here sends an owner's money astray: the payee's details are checked with PaymentDetailsRules and
// a payload with unusable details is refused (error()) instead of being built.
//
// Keys, in this order, each present only when it has a value:
//   Name, PersonalAcc, BankName, BIC, CorrespAcc   (the standard's mandatory part, in its order)
//   PayeeINN, KPP, Sum, Purpose                    (the standard's additional requisites)
//   PersAcc, LastName, FirstName, MiddleName, PayerAddress, PaymPeriod, TechCode
//                                                  (its "other" additional requisites)
//
// Values are cleaned: "|" (the separator), control characters and line breaks become spaces,
// runs of white space collapse into one and the value is trimmed. Texts longer than the
// standard's limit are cut at a character boundary (never between the halves of a surrogate
// pair): Name 160, BankName 45, Purpose 210 characters. The account numbers, BIC, INN and KPP are
// not repaired but must pass PaymentDetailsRules as they are, which also keeps them within their
// limits (PersonalAcc and CorrespAcc 20, BIC 9, PayeeINN 12, KPP 9). The standard sets no limit for
// the payer's names, address and account number; they are only cleaned.
//
// Sum is written in kopecks as an integer (the standard's unit), and only when positive: with a
// zero or negative amount due (an overpayment) the payer's app asks how much to pay. The standard
// allows at most 18 digits; a larger amount is an error.
//
// PaymPeriod is the billing month as MMYYYY ("092014"). The standard lists PaymPeriod («Период
// оплаты») among its other additional requisites without fixing a format; MMYYYY is the form the
// housing receipts in circulation use (e.g. Moscow's single payment document) and that banks'
// receipt readers expect. An invalid period leaves the key out.
//
// TechCode=02 marks the payment as housing and utilities («ЖКУ») in the standard's list of
// technical codes, so that the bank routes it accordingly.
class PaymentQrPayload
{
public:
    // Who pays: printed on the receipt and passed on so that the payee can match the payment.
    struct Payer
    {
        QString lastName;
        QString firstName;
        QString middleName;
        QString address;
        QString accountNumber; // the owner's personal account with the payee («лицевой счет»)
    };

    enum class Error
    {
        None,
        MissingPayeeName, // empty once cleaned
        MissingBankName, // empty once cleaned
        BadBic, // problem() says why
        BadSettlementAccount, // problem() says why
        BadCorrespondentAccount, // problem() says why
        BadInn, // problem() says why
        BadKpp, // problem() says why; an empty KPP (an individual entrepreneur) is fine
        SumTooLarge, // more than the standard's 18 digits of kopecks
    };

    // The standard's limits, in characters.
    static constexpr qsizetype nameMaxLength = 160;
    static constexpr qsizetype bankNameMaxLength = 45;
    static constexpr qsizetype purposeMaxLength = 210;
    static constexpr int sumMaxDigits = 18;

    static constexpr QStringView header = u"ST00012";
    static constexpr QStringView housingTechCode = u"02";

    // Checks the payee's details in the order of the mandatory keys (name, bank name, BIC,
    // settlement account, correspondent account), then INN and KPP, then the sum; the first
    // problem found is the error.
    static PaymentQrPayload create(const Organization& payee, const Payer& payer, Period period,
                                   Money sum, QStringView purpose);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // What is wrong with the value for the Bad* errors; None otherwise.
    PaymentDetailsRules::Problem problem() const { return m_problem; }

    // The payload; empty unless valid.
    const QString& text() const { return m_text; }
    // The bytes to put into the QR code (the header's character set 2 is UTF-8).
    QByteArray toUtf8() const { return m_text.toUtf8(); }

    // A translated sentence naming the field and what is wrong with it; empty when valid.
    QString errorText() const;
    static QString errorText(Error error);

    // value with "|", control characters and line breaks replaced by spaces, white space
    // collapsed and trimmed, then cut to at most maxLength characters (code points, so a
    // surrogate pair is never split); maxLength < 0 means no limit.
    static QString cleanValue(QStringView value, qsizetype maxLength = -1);

private:
    PaymentQrPayload() = default;

    QString m_text;
    Error m_error = Error::None;
    PaymentDetailsRules::Problem m_problem = PaymentDetailsRules::Problem::None;
};
