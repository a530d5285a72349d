#include "charts/AccountChartsWidget.h"

#include "charts/AccountCharts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>

AccountChartsWidget::AccountChartsWidget(QWidget* parent)
    : QWidget(parent)
    , m_balance(new QChartView(this))
    , m_yearly(new QChartView(this))
{
    m_balance->setObjectName(QStringLiteral("balanceChart"));
    m_yearly->setObjectName(QStringLiteral("yearlyChart"));
    for (QChartView* view : {m_balance, m_yearly}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_balance, 1);
    layout->addWidget(m_yearly, 1);
    rebuild();
}

void AccountChartsWidget::setHistory(const AccountHistory& history, Period from, Period to)
{
    m_history = history;
    m_from = from;
    m_to = to;
    rebuild();
}

QChart* AccountChartsWidget::balanceChart() const
{
    return m_balance->chart();
}

QChart* AccountChartsWidget::yearlyChart() const
{
    return m_yearly->chart();
}

void AccountChartsWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void AccountChartsWidget::rebuild()
{
    // QChartView::setChart() leaves the old chart to its caller.
    const QPalette colors = palette();
    QChart* oldBalance = m_balance->chart();
    QChart* oldYearly = m_yearly->chart();
    m_balance->setChart(AccountCharts::balance(m_history, m_from, m_to, colors));
    m_yearly->setChart(AccountCharts::yearly(m_history, m_from, m_to, colors));
    delete oldBalance;
    delete oldYearly;
    const QColor background = colors.color(QPalette::Base);
    m_balance->setBackgroundBrush(background);
    m_yearly->setBackgroundBrush(background);
}
