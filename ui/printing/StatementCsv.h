#pragma once

#include "protocol/Money.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct Statement;

// A statement as CSV for spreadsheet programs as Russian users have them set up: UTF-8 with a
// byte order mark (without it Excel reads the file as Windows-1251 and garbles the Cyrillic),
// fields separated by ';' (the list separator of a Russian locale, where ',' is the decimal
// comma), amounts with a decimal comma and no thousands separator so that they are read as
// numbers, lines ended by CRLF (RFC 4180).
//
// Two tables, each under a title line and a header line, with an empty line between them:
// «Движение средств», one row per account (and «Все счета» when there are several: the sums);
// then «Операции», every charge line, recalculation and payment behind those figures. Balances
// are signed as in MovementOfFunds: a debt is positive, an overpayment negative.
class StatementCsv
{
public:
    StatementCsv() = delete;

    static QByteArray toCsv(const Statement& statement);

    // One field: quoted when it holds ';', '"', CR or LF, with '"' doubled inside.
    static QString field(const QString& text);
    // A text field from outside (an address, a bank's name): as field(), and a leading '=', '+',
    // '-', '@' is escaped with an apostrophe so that a spreadsheet never runs it as a formula.
    static QString textField(const QString& text);
    // "-1234,56": two decimals, a decimal comma, an ASCII minus, no grouping.
    static QString amount(Money money);

private:
    static QString row(const QStringList& fields);
};
