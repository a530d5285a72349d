#include "PaymentQrPayload.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace {

using Problem = PaymentDetailsRules::Problem;

// Characters that would break the payload apart or disturb a reader: the separator, C0 and C1
// control characters (line breaks, tabs, NUL, …) and the Unicode line and paragraph separators.
bool isUnwanted(char32_t c)
{
    return c == U'|' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

void appendField(QString& text, QStringView key, QStringView value)
{
    if (value.isEmpty())
        return;
    text += u'|' % key % u'=' % value;
}

} // namespace

QString PaymentQrPayload::cleanValue(QStringView value, qsizetype maxLength)
{
    QString cleaned;
    cleaned.reserve(value.size());
    for (char32_t c : value.toUcs4()) {
        if (isUnwanted(c))
            c = U' ';
        if (QChar::requiresSurrogates(c)) {
            cleaned += QChar(QChar::highSurrogate(c));
            cleaned += QChar(QChar::lowSurrogate(c));
        } else {
            cleaned += QChar(c);
        }
    }
    cleaned = cleaned.simplified();
    if (maxLength < 0)
        return cleaned;

    qsizetype characters = 0;
    qsizetype end = 0;
    while (end < cleaned.size() && characters < maxLength) {
        const bool pair = cleaned.at(end).isHighSurrogate() && end + 1 < cleaned.size()
            && cleaned.at(end + 1).isLowSurrogate();
        end += pair ? 2 : 1;
        ++characters;
    }
    cleaned.truncate(end);
    // The cut may leave a space at the end.
    return cleaned.trimmed();
}

PaymentQrPayload PaymentQrPayload::create(const Organization& payee, const Payer& payer,
                                          Period period, Money sum, QStringView purpose)
{
    PaymentQrPayload payload;
    const auto fail = [&payload](Error error, Problem problem = Problem::None) {
        payload.m_error = error;
        payload.m_problem = problem;
        return payload;
    };

    const QString name = cleanValue(payee.name, nameMaxLength);
    if (name.isEmpty())
        return fail(Error::MissingPayeeName);
    const QString bankName = cleanValue(payee.bankName, bankNameMaxLength);
    if (bankName.isEmpty())
        return fail(Error::MissingBankName);
    if (const Problem p = PaymentDetailsRules::checkBic(payee.bic); p != Problem::None)
        return fail(Error::BadBic, p);
    if (const Problem p =
            PaymentDetailsRules::checkSettlementAccount(payee.settlementAccount, payee.bic);
        p != Problem::None)
        return fail(Error::BadSettlementAccount, p);
    if (const Problem p =
            PaymentDetailsRules::checkCorrespondentAccount(payee.correspondentAccount, payee.bic);
        p != Problem::None)
        return fail(Error::BadCorrespondentAccount, p);
    if (const Problem p = PaymentDetailsRules::checkInn(payee.inn); p != Problem::None)
        return fail(Error::BadInn, p);
    if (!payee.kpp.isEmpty()) {
        if (const Problem p = PaymentDetailsRules::checkKpp(payee.kpp); p != Problem::None)
            return fail(Error::BadKpp, p);
    }
    const QString sumText = sum.isPositive() ? QString::number(sum.kopecks()) : QString();
    if (sumText.size() > sumMaxDigits)
        return fail(Error::SumTooLarge);

    QString text = header.toString();
    appendField(text, u"Name", name);
    appendField(text, u"PersonalAcc", payee.settlementAccount);
    appendField(text, u"BankName", bankName);
    appendField(text, u"BIC", payee.bic);
    appendField(text, u"CorrespAcc", payee.correspondentAccount);
    appendField(text, u"PayeeINN", payee.inn);
    appendField(text, u"KPP", payee.kpp);
    appendField(text, u"Sum", sumText);
    appendField(text, u"Purpose", cleanValue(purpose, purposeMaxLength));
    appendField(text, u"PersAcc", cleanValue(payer.accountNumber));
    appendField(text, u"LastName", cleanValue(payer.lastName));
    appendField(text, u"FirstName", cleanValue(payer.firstName));
    appendField(text, u"MiddleName", cleanValue(payer.middleName));
    appendField(text, u"PayerAddress", cleanValue(payer.address));
    if (period.isValid()) {
        appendField(text, u"PaymPeriod",
                    QStringLiteral("%1%2")
                        .arg(period.month(), 2, 10, QChar(u'0'))
                        .arg(period.year(), 4, 10, QChar(u'0')));
    }
    appendField(text, u"TechCode", housingTechCode);
    payload.m_text = text;
    return payload;
}

QString PaymentQrPayload::errorText() const
{
    const QString text = errorText(m_error);
    const QString detail = PaymentDetailsRules::problemText(m_problem);
    return detail.isEmpty() ? text : text % u' ' % detail;
}

QString PaymentQrPayload::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::MissingPayeeName:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's name is "
                                           "missing.");
    case Error::MissingBankName:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's bank "
                                           "name is missing.");
    case Error::BadBic:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's BIC is "
                                           "not valid.");
    case Error::BadSettlementAccount:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's "
                                           "settlement account is not valid.");
    case Error::BadCorrespondentAccount:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the bank's "
                                           "correspondent account is not valid.");
    case Error::BadInn:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's INN is "
                                           "not valid.");
    case Error::BadKpp:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the payee's KPP is "
                                           "not valid.");
    case Error::SumTooLarge:
        return QCoreApplication::translate("PaymentQrPayload",
                                           "The payment code cannot be made: the amount is too "
                                           "large.");
    }
    return {};
}
