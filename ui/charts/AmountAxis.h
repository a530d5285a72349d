#pragma once

#include <QtGlobal>

class QAbstractSeries;
class QChart;

// The left axis of roubles both charts share: whole roubles, zero always in range (so that a debt
// and an overpayment are told apart at a glance), rounded to nice numbers.
class AmountAxis
{
public:
    AmountAxis() = delete;

    // low and high are the series' extremes, already including zero.
    static void attach(QChart* chart, QAbstractSeries* series, qreal low, qreal high);
};
