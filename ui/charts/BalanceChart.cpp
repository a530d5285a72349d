#include "charts/BalanceChart.h"

#include "charts/ChartTheme.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

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
        series->append(qreal(QDateTime(point.period.firstDay(), QTime(0, 0)).toMSecsSinceEpoch()),
                       roubles);
        low = std::min(low, roubles);
        high = std::max(high, roubles);
    }
    // A few months read better as dots on the line; years of them as the line alone.
    series->setPointsVisible(points.size() <= 24);
    chart->addSeries(series);

    auto* time = new QDateTimeAxis;
    time->setFormat(u"MM.yyyy"_s);
    time->setTickCount(std::clamp(int(points.size()), 2, 7));
    if (!points.isEmpty()) {
        time->setRange(QDateTime(points.constFirst().period.firstDay(), QTime(0, 0)),
                       QDateTime(points.constLast().period.firstDay(), QTime(0, 0)));
    }
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);

    auto* amount = new QValueAxis;
    amount->setLabelFormat(u"%.0f"_s);
    // Zero always shows, so a debt and an overpayment are told apart at a glance.
    amount->setRange(low, high > low ? high : low + 1);
    amount->applyNiceNumbers();
    chart->addAxis(amount, Qt::AlignLeft);
    series->attachAxis(amount);

    ChartTheme::apply(chart, palette);
    return chart;
}
