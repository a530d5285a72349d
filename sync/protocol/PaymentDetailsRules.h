#pragma once

#include <QString>
#include <QStringView>

// Checks of the Russian bank details an organization publishes for payments (Organization's inn,
// kpp, bic, settlementAccount, correspondentAccount), so that a typo in the operator's data shows
// up before an owner pays to a wrong account. Pure functions, no repair of the input: a space or a
// dash inside a number is reported, not removed. Empty values are reported as Empty; whether a
// field may be empty (an organization that takes no payments) is the caller's decision.
//
// An account's key digit (its 9th digit) is checked against the bank's BIC as the Bank of Russia
// prescribes: the 23 digits of a three-digit prefix and the account, weighted 7, 1, 3, 7, 1, 3, …,
// add up to a multiple of 10. The prefix is the last three digits of the BIC for an account at a
// bank, and "0" followed by the BIC's 5th and 6th digits for the bank's correspondent account at
// the Bank of Russia. (Accounts opened directly at a division of the Bank of Russia use that second
// prefix too; organizations paid by owners keep their accounts at banks, so the settlement check
// does not cover them.)
class PaymentDetailsRules
{
public:
    PaymentDetailsRules() = delete;

    enum class Problem
    {
        None,
        Empty,
        ForbiddenCharacter, // a character that is not a digit (for a KPP: not a digit or A–Z there)
        WrongLength,
        BadChecksum, // an INN's check digits are wrong
        BadKey, // an account's key digit does not match the BIC
        BadBic, // an account cannot be checked because the BIC given with it is not valid
    };

    static constexpr int innLength = 10; // of an organization
    static constexpr int personalInnLength = 12; // of an individual entrepreneur
    static constexpr int kppLength = 9;
    static constexpr int bicLength = 9;
    static constexpr int accountLength = 20;

    // 10 digits whose last is the check digit, or 12 whose last two are. Reasons in order: Empty,
    // ForbiddenCharacter, WrongLength, BadChecksum.
    static Problem checkInn(QStringView inn);
    // 9 characters: 4 digits (the tax office), 2 digits or capital Latin letters (the reason for
    // registration; letters are allowed since 2019), 3 digits. Reasons: Empty, ForbiddenCharacter,
    // WrongLength.
    static Problem checkKpp(QStringView kpp);
    // 9 digits. Reasons: Empty, ForbiddenCharacter, WrongLength.
    static Problem checkBic(QStringView bic);
    // 20 digits with the key of an account at the bank with this BIC. Reasons in order: Empty,
    // ForbiddenCharacter, WrongLength (of the account), BadBic, BadKey.
    static Problem checkSettlementAccount(QStringView account, QStringView bic);
    // 20 digits with the key of the correspondent account of the bank with this BIC. Same reasons.
    static Problem checkCorrespondentAccount(QStringView account, QStringView bic);

    // A translated sentence for people; empty for None.
    static QString problemText(Problem problem);
};
