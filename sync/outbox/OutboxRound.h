#pragma once

#include "net/ApiError.h"

#include <QMetaType>
#include <QString>

// How one Outbox::sendPending() round ended: items go oldest first, one at a time, until none is
// left or one cannot be sent now.
struct OutboxRound
{
    enum class End
    {
        // Nothing Pending is left (Failed items stay until discarded).
        Drained,
        // The server could not be reached or asked to wait (ApiError::isRetryable): the item is
        // Pending again; try again later (after a sync, on reconnect).
        Offline,
        // 401: no session, or the server refused to refresh it. The item is Pending again and
        // waits for the user to sign in.
        SessionEnded,
        // Another failure that is not the item's fault (TLS, an answer the client cannot read,
        // the cache): the item is Pending again.
        Stopped,
    };

    End end = End::Drained;
    int sent = 0;
    int failed = 0; // refused for good by the server in this round
    ApiError error; // why the round stopped (not Drained)
    QString cacheError; // when the cache failed

    // Whether an answer with error refuses the item for good (422, 404, 409, 400 and the like):
    // sending it again unchanged would be refused again.
    static bool refusesForGood(const ApiError& error);
    // How a round stops on error, when it does not refuse the item for good.
    static End endFor(const ApiError& error);

    static QString endName(End end);
};

Q_DECLARE_METATYPE(OutboxRound)
