#pragma once

#include "charges/AccountHistory.h"

#include <QWidget>

class QChart;
class QChartView;

// The account's balance over the chosen periods and its charges against its payments per year,
// side by side (AccountCharts). Follows the palette: a switch between light and dark redraws
// both charts in the new one.
class AccountChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AccountChartsWidget(QWidget* parent = nullptr);

    void setHistory(const AccountHistory& history, Period from, Period to);

    QChart* balanceChart() const;
    QChart* yearlyChart() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    AccountHistory m_history;
    Period m_from;
    Period m_to;
    QChartView* m_balance = nullptr;
    QChartView* m_yearly = nullptr;
};
