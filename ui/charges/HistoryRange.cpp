#include "charges/HistoryRange.h"

#include "widgets/PeriodText.h"

#include <QCoreApplication>

#include <algorithm>

HistoryRange HistoryRange::defaultFor(Period lastClosed, Period currentMonth)
{
    const Period to = lastClosed.isValid() ? lastClosed : currentMonth.previous();
    return {std::max(to.addMonths(-11), Period(Period::minYear, 1)), to};
}

HistoryRange HistoryRange::boundsFor(const AccountHistory& history, Period currentMonth)
{
    const HistoryRange fallback = defaultFor(history.lastClosed, currentMonth);
    Period first = history.firstPeriod();
    if (!first.isValid() || fallback.from < first)
        first = fallback.from;
    Period last = currentMonth.isValid() ? currentMonth : fallback.to;
    if (history.lastClosed.isValid())
        last = std::max(last, history.lastClosed);
    return {Period(first.year(), 1), std::max(last, first)};
}

QList<ChargeLine> HistoryRange::lines(const AccountHistory& history) const
{
    QList<ChargeLine> lines;
    for (const ChargeLine& line : history.lines) {
        if (contains(line.period))
            lines.append(line);
    }
    return lines;
}

QList<Recalculation> HistoryRange::recalculations(const AccountHistory& history) const
{
    QList<Recalculation> recalculations;
    for (const Recalculation& recalculation : history.recalculations) {
        if (contains(recalculation.appliedIn))
            recalculations.append(recalculation);
    }
    return recalculations;
}

QList<Payment> HistoryRange::payments(const AccountHistory& history) const
{
    QList<Payment> payments;
    for (const Payment& payment : history.payments) {
        if (contains(Period::fromDate(payment.date)))
            payments.append(payment);
    }
    return payments;
}

QString HistoryRange::closedStateText(Period lastClosed) const
{
    if (!lastClosed.isValid())
        return QCoreApplication::translate("HistoryRange", "No period is closed yet.");
    if (to > lastClosed) {
        //: %1 is the last closed period, e.g. "сентябрь 2024"
        return QCoreApplication::translate("HistoryRange",
                                           "The periods after %1 are not closed yet and are "
                                           "not shown.")
            .arg(PeriodText::text(lastClosed));
    }
    //: %1 is a period, e.g. "сентябрь 2024"
    return QCoreApplication::translate("HistoryRange", "The last closed period is %1.")
        .arg(PeriodText::text(lastClosed));
}
