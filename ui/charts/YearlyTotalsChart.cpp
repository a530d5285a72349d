#include "charts/YearlyTotalsChart.h"

#include "charts/AmountAxis.h"
#include "charts/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>

#include <algorithm>

QChart* YearlyTotalsChart::create(const QList<YearlyTotals::Year>& years, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Charged and paid per year, ₽"));
    auto* charged = new QBarSet(tr("Charged"));
    auto* paid = new QBarSet(tr("Paid"));
    QStringList labels;
    qreal high = 0;
    qreal low = 0;
    for (const YearlyTotals::Year& year : years) {
        const qreal chargedRoubles = qreal(year.charged.kopecks()) / 100;
        const qreal paidRoubles = qreal(year.paid.kopecks()) / 100;
        charged->append(chargedRoubles);
        paid->append(paidRoubles);
        labels.append(QString::number(year.year));
        high = std::max({high, chargedRoubles, paidRoubles});
        low = std::min({low, chargedRoubles, paidRoubles});
    }
    auto* series = new QBarSeries;
    series->append(charged);
    series->append(paid);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* yearsAxis = new QBarCategoryAxis;
    yearsAxis->append(labels);
    chart->addAxis(yearsAxis, Qt::AlignBottom);
    series->attachAxis(yearsAxis);
    AmountAxis::attach(chart, series, low, high);

    ChartTheme::apply(chart, palette);
    return chart;
}
