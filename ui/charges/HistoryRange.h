#pragma once

#include "charges/AccountHistory.h"

#include <QList>
#include <QString>

// The range of months the charges and payments pages show, cut out of an AccountHistory, and
// what can be said about the months in it that are not closed.
struct HistoryRange
{
    Period from;
    Period to;

    // What the pages show before the user picks a range, as the server's own default: the
    // twelve periods up to the last closed one (with none closed, up to the month before
    // currentMonth).
    static HistoryRange defaultFor(Period lastClosed, Period currentMonth);
    // The months the picker offers: from the January of the year the history begins (or of the
    // default range's start) to the current month, which is not closed but may be asked about.
    static HistoryRange boundsFor(const AccountHistory& history, Period currentMonth);

    bool contains(Period period) const { return period >= from && period <= to; }
    QList<ChargeLine> lines(const AccountHistory& history) const;
    // By the period they are booked in, as the server's charges answer has them.
    QList<Recalculation> recalculations(const AccountHistory& history) const;
    // Dated from the first day of from to the last day of to.
    QList<Payment> payments(const AccountHistory& history) const;

    // Why some of the range is not shown, in one sentence ("Periods after сентябрь 2024 are not
    // closed yet..."); when all of it is closed, which period is the last closed one.
    QString closedStateText(Period lastClosed) const;
};
