#pragma once

#include "charges/AccountHistory.h"

#include <QImage>
#include <QList>
#include <QPalette>

class QChart;

// The two charts of an account over a range of periods, the balance (BalanceChart) and the
// charges against the payments per year (YearlyTotalsChart), made from its history alone; as
// charts for a view, or as images for the statement's PDF (printed in ChartTheme::paperPalette()).
class AccountCharts
{
public:
    AccountCharts() = delete;

    // New charts, not owned; empty ones when the range is invalid or a sum overflows.
    static QChart* balance(const AccountHistory& history, Period from, Period to,
                           const QPalette& palette);
    static QChart* yearly(const AccountHistory& history, Period from, Period to,
                          const QPalette& palette);

    // Both charts drawn for paper, the balance first. Needs a QApplication (ChartImage).
    static QList<QImage> images(const AccountHistory& history, Period from, Period to);
};
