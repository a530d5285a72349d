#include "charts/AmountAxis.h"

#include <QAbstractSeries>
#include <QChart>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

void AmountAxis::attach(QChart* chart, QAbstractSeries* series, qreal low, qreal high)
{
    auto* amount = new QValueAxis;
    amount->setLabelFormat(u"%.0f"_s);
    // An empty or flat series still gets an axis one rouble tall rather than a degenerate one.
    amount->setRange(low, high > low ? high : low + 1);
    amount->applyNiceNumbers();
    chart->addAxis(amount, Qt::AlignLeft);
    series->attachAxis(amount);
}
