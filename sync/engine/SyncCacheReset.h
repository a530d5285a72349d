#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

// Empties the cache of everything that came from the server, before a sync from scratch (no
// cursor: the first sync, or the server refused the cursor after its data was reset) rewrites it.
// Without this, what the server has dropped meanwhile would stay cached for ever.
//
// What only this computer has stays: the outbox, and appeals not yet registered by the server
// (drafts and queued ones). News stay too, for their read and seen flags, which only this
// computer knows: once the sync has written the server's news, dropNewsOtherThan() removes what
// the server no longer has, and what it still has keeps its flags.
class SyncCacheReset
{
public:
    explicit SyncCacheReset(QSqlDatabase db);

    bool clearServerData();
    bool dropNewsOtherThan(const QSet<qint64>& kept);

    QSqlError lastError() const { return m_lastError; }

private:
    bool fail(const QSqlError& error);

    QSqlDatabase m_db;
    QSqlError m_lastError;
};
