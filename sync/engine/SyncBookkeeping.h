#pragma once

#include "protocol/Period.h"
#include "store/SyncStateStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the cache records about its syncs with the server, in the sync_state table:
//
//   "sync"                       the cursor to send next; lastSyncedAt = the end of the last
//                                complete sync
//   "account/<id>/charges"       the account's last closed period as its cursor ("2024-09", ""
//                                while none is closed); lastSyncedAt = the end of the last
//                                complete sync that found the account linked
//
// The sync engine writes these in the one transaction that applies a whole sync (SyncApplier), so
// they always describe what the cache holds; views read them (e.g. to show "data as of …" per
// account, or the default range of the charges screen).
class SyncBookkeeping
{
public:
    static QString overallScope(); // "sync"
    static QString accountScope(qint64 accountId); // "account/<id>/charges"
    static QString accountPrefix(qint64 accountId); // "account/<id>/"

    explicit SyncBookkeeping(QSqlDatabase db);

    // An empty cursor when none is stored (sync from scratch), std::nullopt on failure.
    std::optional<QString> cursor() const;
    // Null when no sync has completed yet; std::nullopt on failure.
    std::optional<QDateTime> lastSyncedAt() const;
    // Stores the cursor; at, when valid, becomes the last complete sync's time.
    bool saveCursor(const QString& cursor, const QDateTime& at = {});

    // The account's last closed period: invalid while the operator has closed none;
    // std::nullopt when the cache has none recorded for it, or on failure (lastError() valid).
    std::optional<Period> lastClosedPeriod(qint64 accountId) const;
    bool setLastClosedPeriod(qint64 accountId, Period period);
    // Null when never recorded; std::nullopt on failure.
    std::optional<QDateTime> accountSyncedAt(qint64 accountId) const;
    bool markAccountSynced(qint64 accountId, const QDateTime& at);

    // Forgets what was recorded for the account, e.g. when it is unlinked.
    bool forgetAccount(qint64 accountId);
    // Forgets the cursor and every account's record: the next sync starts from scratch.
    bool forgetAll();

    QSqlError lastError() const { return m_store.lastError(); }

private:
    // The state of scope, a fresh one when none is stored; std::nullopt on failure.
    std::optional<SyncState> stateOrNew(const QString& scope) const;

    SyncStateStore m_store;
};
