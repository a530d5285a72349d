#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// One transaction on a cache connection: begun on construction, rolled back on destruction unless
// commit() succeeded. The sync engine applies each sync through one, so an interrupted sync leaves
// the cache as it was before.
class CacheTransaction
{
public:
    explicit CacheTransaction(QSqlDatabase db);
    ~CacheTransaction();

    CacheTransaction(const CacheTransaction&) = delete;
    CacheTransaction& operator=(const CacheTransaction&) = delete;

    // Whether the transaction began and has not ended yet. False when another transaction was
    // already open on the connection or the write lock could not be taken.
    bool isActive() const { return m_active; }

    // False when the transaction is not active or the commit failed; the transaction is rolled
    // back in the latter case.
    bool commit();
    void rollback();

    QSqlError lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QSqlError m_lastError;
    bool m_active = false;
};
