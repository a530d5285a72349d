#include "charts/BalanceChart.h"

#include "charts/AmountAxis.h"
#include "charts/ChartTheme.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

qreal BalanceChart::x(Period period)
{
    // Mid-month: the axis spaces its ticks evenly in time, and months differ by up to three days,
    // so a tick meant for a month lands within it and is labelled with it, not with the one before.
    return qreal(
        QDateTime(QDate(period.year(), period.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
}

int BalanceChart::tickCount(int points)
{
    // At most seven «MM.yyyy» labels fit a chart half a window wide; on whole steps of months
    // where the number of months allows, so that the ticks meet the points.
    if (points <= 7)
        return std::max(points, 2);
    for (int ticks = 7; ticks >= 4; --ticks) {
        if ((points - 1) % (ticks - 1) == 0)
            return ticks;
    }
    return 6;
}

QChart* BalanceChart::create(const QList<BalanceTimeline::Point>& points, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Balance at the end of each period, ₽ (debt above zero)"));
    chart->legend()->hide();
    auto* series = new QLineSeries;
    series->setName(tr("Balance"));
    qreal low = 0;
    qreal high = 0;
    for (const BalanceTimeline::Point& point : points) {
        const qreal roubles = qreal(point.closing.kopecks()) / 100;
        series->append(x(point.period), roubles);
        low = std::min(low, roubles);
        high = std::max(high, roubles);
    }
    // A few months read better as dots on the line; years of them as the line alone.
    series->setPointsVisible(points.size() <= 24);
    chart->addSeries(series);

    auto* time = new QDateTimeAxis;
    time->setFormat(u"MM.yyyy"_s);
    time->setTickCount(tickCount(int(points.size())));
    if (!points.isEmpty()) {
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x(points.constFirst().period))),
                       QDateTime::fromMSecsSinceEpoch(qint64(x(points.constLast().period))));
    }
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);

    AmountAxis::attach(chart, series, low, high);

    ChartTheme::apply(chart, palette);
    return chart;
}
