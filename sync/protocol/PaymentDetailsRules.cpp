#include "PaymentDetailsRules.h"

#include <QCoreApplication>

#include <array>
#include <initializer_list>
#include <span>

namespace {

using Problem = PaymentDetailsRules::Problem;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(QStringView text, qsizetype index)
{
    return text.at(index).unicode() - u'0';
}

// Empty, ForbiddenCharacter or WrongLength for text that should be length ASCII digits.
Problem checkDigits(QStringView text, qsizetype length)
{
    if (text.isEmpty())
        return Problem::Empty;
    for (QChar c : text) {
        if (!isDigit(c))
            return Problem::ForbiddenCharacter;
    }
    return text.size() == length ? Problem::None : Problem::WrongLength;
}

// The Federal Tax Service's check digit of the first weights.size() digits of inn.
int innCheckDigit(QStringView inn, std::span<const int> weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] * digitAt(inn, qsizetype(i));
    return sum % 11 % 10;
}

// The Bank of Russia's check: the digits of parts (a 3-digit prefix, then the 20-digit account),
// weighted 7, 1, 3 in turn, add up to a multiple of 10. The rule keeps only the last digit of each
// product, which does not change the sum modulo 10.
bool hasValidKey(std::initializer_list<QStringView> parts)
{
    constexpr std::array<int, 3> weights = {7, 1, 3};
    int sum = 0;
    qsizetype position = 0;
    for (QStringView part : parts) {
        for (qsizetype i = 0; i < part.size(); ++i, ++position)
            sum += digitAt(part, i) * weights[std::size_t(position % 3)];
    }
    return sum % 10 == 0;
}

enum class AccountKind
{
    AtBank,
    Correspondent,
};

Problem checkAccount(QStringView account, QStringView bic, AccountKind kind)
{
    if (const Problem problem = checkDigits(account, PaymentDetailsRules::accountLength);
        problem != Problem::None)
        return problem;
    if (PaymentDetailsRules::checkBic(bic) != Problem::None)
        return Problem::BadBic;
    const bool valid = kind == AccountKind::AtBank ? hasValidKey({bic.right(3), account})
                                                   : hasValidKey({u"0", bic.mid(4, 2), account});
    return valid ? Problem::None : Problem::BadKey;
}

} // namespace

PaymentDetailsRules::Problem PaymentDetailsRules::checkInn(QStringView inn)
{
    if (inn.isEmpty())
        return Problem::Empty;
    if (checkDigits(inn, inn.size()) != Problem::None)
        return Problem::ForbiddenCharacter;
    static constexpr std::array<int, 9> organizationWeights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 10> firstPersonalWeights = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 11> secondPersonalWeights = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (inn.size() == innLength)
        return innCheckDigit(inn, organizationWeights) == digitAt(inn, 9) ? Problem::None
                                                                          : Problem::BadChecksum;
    if (inn.size() == personalInnLength)
        return innCheckDigit(inn, firstPersonalWeights) == digitAt(inn, 10)
                && innCheckDigit(inn, secondPersonalWeights) == digitAt(inn, 11)
            ? Problem::None
            : Problem::BadChecksum;
    return Problem::WrongLength;
}

PaymentDetailsRules::Problem PaymentDetailsRules::checkKpp(QStringView kpp)
{
    if (kpp.isEmpty())
        return Problem::Empty;
    for (qsizetype i = 0; i < kpp.size(); ++i) {
        const QChar c = kpp.at(i);
        const bool reasonPosition = i == 4 || i == 5;
        if (!isDigit(c) && !(reasonPosition && c >= u'A' && c <= u'Z'))
            return Problem::ForbiddenCharacter;
    }
    return kpp.size() == kppLength ? Problem::None : Problem::WrongLength;
}

PaymentDetailsRules::Problem PaymentDetailsRules::checkBic(QStringView bic)
{
    return checkDigits(bic, bicLength);
}

PaymentDetailsRules::Problem PaymentDetailsRules::checkSettlementAccount(QStringView account,
                                                                         QStringView bic)
{
    return checkAccount(account, bic, AccountKind::AtBank);
}

PaymentDetailsRules::Problem PaymentDetailsRules::checkCorrespondentAccount(QStringView account,
                                                                            QStringView bic)
{
    return checkAccount(account, bic, AccountKind::Correspondent);
}

QString PaymentDetailsRules::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("PaymentDetailsRules", "The value is missing.");
    case Problem::ForbiddenCharacter:
        return QCoreApplication::translate("PaymentDetailsRules",
                                           "The value contains a character that does not belong "
                                           "there.");
    case Problem::WrongLength:
        return QCoreApplication::translate("PaymentDetailsRules",
                                           "The value has the wrong number of characters.");
    case Problem::BadChecksum:
        return QCoreApplication::translate("PaymentDetailsRules",
                                           "The INN's check digits do not match: it is mistyped.");
    case Problem::BadKey:
        return QCoreApplication::translate("PaymentDetailsRules",
                                           "The account number does not match the bank's BIC: "
                                           "one of them is mistyped.");
    case Problem::BadBic:
        return QCoreApplication::translate("PaymentDetailsRules",
                                           "The account cannot be checked without the bank's "
                                           "valid BIC.");
    }
    return {};
}
