#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// Empties the cache of everything that came from the server, before a sync from scratch (no
// cursor: the first sync, or the server refused the cursor after its data was reset) rewrites it.
// Without this, what the server has dropped meanwhile would stay cached for ever.
//
// What only this computer has stays: the outbox, and appeals not yet registered by the server
// (drafts and queued ones). News read flags go with the news.
class SyncCacheReset
{
public:
    explicit SyncCacheReset(QSqlDatabase db);

    bool clearServerData();

    QSqlError lastError() const { return m_lastError; }

private:
    bool fail(const QSqlError& error);

    QSqlDatabase m_db;
    QSqlError m_lastError;
};
