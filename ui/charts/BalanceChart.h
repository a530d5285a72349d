#pragma once

#include "charts/BalanceTimeline.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>

class QChart;

// «Баланс»: the account's balance at the end of each closed period as a line over the months,
// in roubles (a debt above zero, an overpayment below). The points are BalanceTimeline's:
// x is x(period), y the balance in roubles. Money
// stays kopecks everywhere else; only the chart's own axis wants a qreal.
class BalanceChart
{
    Q_DECLARE_TR_FUNCTIONS(BalanceChart)

public:
    BalanceChart() = delete;

    // A new chart, not owned by anything; themed for palette (ChartTheme).
    static QChart* create(const QList<BalanceTimeline::Point>& points, const QPalette& palette);

    // Where a period sits on the time axis: its 15th day at midnight, local time, in ms since
    // the epoch.
    static qreal x(Period period);

private:
    static int tickCount(int points);
};
