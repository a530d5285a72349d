#pragma once

#include "protocol/types/ChargeLine.h"
#include "protocol/types/Payment.h"
#include "protocol/types/Recalculation.h"

#include <QList>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

class PortalDatabase;
struct SyncWindow;

// Reads one account's history rows for a sync run, by id after a given one and at most limit of
// them, so that a page can stop anywhere and the next one go on from there.
//
// Only closed periods (up to window.toClosed) are ever read, and only rows stamped up to
// window.toSequence (later ones belong to the next run). wholeHistory (an account new to the
// client) reads all of them; otherwise only those stamped within the window or belonging to a
// period that closed within it (after window.fromClosed).
class SyncHistoryReader
{
public:
    // ChargeLine has no id on the wire (account, period and service name it); the table's id
    // orders the pages.
    struct Line
    {
        qint64 id = 0;
        ChargeLine line;
    };

    SyncHistoryReader(PortalDatabase& database, const SyncWindow& window);

    std::optional<QList<Line>> chargeLines(qint64 accountId, bool wholeHistory, qint64 afterId,
                                           int limit) const;
    // Those booked (appliedIn) in the periods read.
    std::optional<QList<Recalculation>> recalculations(qint64 accountId, bool wholeHistory,
                                                       qint64 afterId, int limit) const;
    // Those dated in the periods read.
    std::optional<QList<Payment>> payments(qint64 accountId, bool wholeHistory, qint64 afterId,
                                           int limit) const;
    // The meters to send: with wholeHistory all of them, otherwise those stamped within the
    // window or with a reading stamped within it (a new reading re-stamps its meter too).
    std::optional<QList<qint64>> meters(qint64 accountId, bool wholeHistory, qint64 afterId,
                                        int limit) const;

private:
    // Prepares sql, binds values and runs it; false on a database error (logged).
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values) const;

    PortalDatabase& m_database;
    const SyncWindow& m_window;
};
