#pragma once

#include "protocol/Period.h"

#include <QString>

// What one sync run sends: the changes stamped after fromSequence up to toSequence (the
// sequence when the run began), and the charges and payments of the periods that closed after
// fromClosed up to toClosed. Every page of a run is cut at the same toSequence and toClosed, so
// a row changed while the client pages through the run is left to the next run, whose
// fromSequence is this run's toSequence: nothing is lost and nothing is sent twice.
struct SyncWindow
{
    qint64 userId = 0;
    qint64 fromSequence = 0;
    Period fromClosed; // invalid: none closed (or no cursor)
    qint64 toSequence = 0;
    Period toClosed;

    // No cursor: the client holds nothing, every linked account is new to it.
    bool isFull() const { return fromSequence == 0; }
    // The closed periods moved: every account's balance and charges header change.
    bool closedChanged() const { return fromClosed != toClosed; }

    // For SQL: period keys (0 for none, which every valid key exceeds) and the last days of the
    // periods as ISO text ("" for none, which every date exceeds).
    int fromClosedKey() const { return fromClosed.isValid() ? fromClosed.toKey() : 0; }
    int toClosedKey() const { return toClosed.isValid() ? toClosed.toKey() : 0; }
    QString fromClosedLastDay() const { return lastDay(fromClosed); }
    QString toClosedLastDay() const { return lastDay(toClosed); }

private:
    static QString lastDay(Period period)
    {
        return period.isValid() ? period.lastDay().toString(Qt::ISODate) : QStringLiteral("");
    }
};
