#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// An organization listed in the «Организации» section: the regional operator, the managing
// company, payment agents and so on.
struct Organization
{
    qint64 id = 0; // server id
    QString name;
    QString role; // as the operator words it, e.g. «Региональный оператор»
    QString address;
    QStringList phones;
    QString email;
    QString openingHours; // free text, e.g. «пн–чт 9:00–18:00, пт 9:00–16:45»
    QUrl website;

    // Bank details for paying the organization («реквизиты»), as the operator prints them. All
    // empty for an organization that takes no payments. Text, since leading zeros count; see
    // PaymentDetailsRules for what a well-formed value looks like.
    QString inn; // «ИНН»: 10 digits, 12 for an individual entrepreneur
    QString kpp; // «КПП»: 9 characters; empty for an individual entrepreneur
    QString bankName; // e.g. «Западно-Сибирское отделение № 8647 ПАО Сбербанк»
    QString bic; // «БИК» of the bank: 9 digits
    QString settlementAccount; // «Расчетный счет» at that bank: 20 digits
    QString correspondentAccount; // «Корреспондентский счет» of the bank: 20 digits

    // Whether the organization has published details to pay it by.
    bool takesPayments() const { return !settlementAccount.isEmpty(); }

    friend bool operator==(const Organization&, const Organization&) = default;
};
