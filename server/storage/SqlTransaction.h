#pragma once

#include <QSqlDatabase>

class PortalDatabase;

// A transaction that rolls back unless commit() is called, so that an early return on an error
// never leaves half a change behind:
//
//     SqlTransaction transaction(context.database());
//     if (!transaction.isActive() || !insertUser(...) || !insertToken(...) ||
//     !transaction.commit())
//         return JsonResponse::error(ApiErrorCode::Internal);
class SqlTransaction
{
public:
    explicit SqlTransaction(PortalDatabase& database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    // Whether the transaction began and is neither committed nor rolled back yet.
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};
