#pragma once

#include "outbox/OutboxAnswer.h"
#include "protocol/types/OutboxItem.h"

#include <QSqlDatabase>
#include <QString>

// Ends an item that was being sent, together with what it changes in the cache, in one
// transaction:
//  - sent(): the item becomes Sent and is dropped, and the server's answer goes where the sync
//    would put it: the appeal joins the local one (which then shows the server's id and status),
//    the accepted reading replaces the pending one (and moves the meter's last reading on), the
//    profile is stored; a typo report changes nothing else;
//  - refused(): the item becomes Failed with the server's message; a pending reading is marked
//    Rejected. A queued appeal stays as it is, so that the user can read what was refused.
// Each fails (changing nothing) when the item is not being sent; lastError() says why.
class OutboxAnswerWriter
{
public:
    explicit OutboxAnswerWriter(QSqlDatabase db);

    bool sent(const OutboxItem& item, const OutboxAnswer& answer);
    bool refused(const OutboxItem& item, const QString& message);

    QString lastError() const { return m_lastError; }

private:
    bool writeAppeal(const OutboxItem& item, const Appeal& answer);
    bool writeReading(const MeterReading& answer);
    bool writeProfile(const UserProfile& answer);
    bool fail(const QString& error);

    QSqlDatabase m_db;
    QString m_lastError;
};
