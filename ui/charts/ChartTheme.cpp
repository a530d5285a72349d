#include "charts/ChartTheme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>

bool ChartTheme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartTheme::color(Series series, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (series) {
    case Series::Balance:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Series::Charged:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Series::Paid:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

void ChartTheme::apply(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    // Room on the right for the last date label, which sits centred on the plot's edge.
    chart->setMargins(QMargins(8, 8, 28, 8));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* one : series) {
        if (auto* line = qobject_cast<QLineSeries*>(one)) {
            QPen pen(color(Series::Balance, palette));
            pen.setWidthF(2.5);
            line->setPen(pen);
        } else if (auto* bars = qobject_cast<QBarSeries*>(one)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                const QColor fill = color(i == 0 ? Series::Charged : Series::Paid, palette);
                sets.at(i)->setColor(fill);
                sets.at(i)->setBorderColor(fill);
                sets.at(i)->setLabelColor(text);
            }
        }
    }
}

QPalette ChartTheme::paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0x99, 0x99, 0x99));
    return palette;
}
