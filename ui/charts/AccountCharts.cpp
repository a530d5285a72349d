#include "charts/AccountCharts.h"

#include "charts/BalanceChart.h"
#include "charts/ChartImage.h"
#include "charts/ChartTheme.h"
#include "charts/YearlyTotalsChart.h"

namespace {

// About the text width of an A4 page at the size the charts' fonts read well in print.
const QSize printSize(760, 300);

} // namespace

QChart* AccountCharts::balance(const AccountHistory& history, Period from, Period to,
                               const QPalette& palette)
{
    return BalanceChart::create(
        BalanceTimeline::compute(history, from, to).value_or(QList<BalanceTimeline::Point>()),
        palette);
}

QChart* AccountCharts::yearly(const AccountHistory& history, Period from, Period to,
                              const QPalette& palette)
{
    return YearlyTotalsChart::create(
        YearlyTotals::compute(history, from, to).value_or(QList<YearlyTotals::Year>()), palette);
}

QList<QImage> AccountCharts::images(const AccountHistory& history, Period from, Period to)
{
    const QPalette paper = ChartTheme::paperPalette();
    return {ChartImage::render(balance(history, from, to, paper), printSize),
            ChartImage::render(yearly(history, from, to, paper), printSize)};
}
