#pragma once

#include "engine/SyncError.h"
#include "engine/SyncProgress.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Where the sync engine stands, as a status bar shows it:
//
//     Idle      "Updated 15.10.2024 10:05"            (lastSyncedAt; null before the first sync)
//     Syncing   "Updating… 3 pages, 1.2 MB"            (progress; retrying: "… retrying at 10:06";
//                                                       writing them: "Saving… 3 pages, 1.2 MB")
//     Offline   "Offline since 10:01, data of 09:30"   (offlineSince, lastSyncedAt)
//     Failed    "Update failed: <error>"               (error, lastSyncedAt)
struct SyncStatus
{
    enum class State
    {
        Idle,
        Syncing,
        // The server was unreachable (NoNetwork, ConnectionLost) after every retry. Background
        // syncs go on; the first that succeeds ends this state.
        Offline,
        Failed,
    };

    State state = State::Idle;
    SyncProgress progress; // Syncing
    QDateTime lastSyncedAt; // UTC; the end of the last complete sync, null if none yet
    QDateTime offlineSince; // UTC; Offline: the first failed attempt since the server was reached
    SyncError error; // Failed (and, for Offline, the network error)

    // A translated line for the status bar, times in local time.
    QString text() const;
    static QString stateName(State state); // "Idle", "Syncing", … for logs and tests
};

Q_DECLARE_METATYPE(SyncStatus)
