#pragma once

#include <QSqlDatabase>
#include <QString>

class PortalDatabase;

// A transaction that rolls back unless commit() is called, so that an early return on an error
// never leaves half a change behind:
//
//     SqlTransaction transaction(context.database());
//     if (!transaction.isActive() || !insertUser(...) || !insertToken(...) ||
//     !transaction.commit())
//         return JsonResponse::error(ApiErrorCode::Internal);
//
// Transactions nest: one made while another is open on the same database is a SAVEPOINT inside
// it. Committing the inner one keeps its changes only as part of the outer one (whose rollback
// still undoes them); rolling it back undoes just its own changes. This lets a caller wrap code
// that opens its own transaction (IdempotentPost wraps a handler and stores the handler's answer
// in one transaction). Nested transactions must end in reverse order of their creation, as
// scoped objects do.
class SqlTransaction
{
public:
    explicit SqlTransaction(PortalDatabase& database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    // Whether the transaction began and is neither committed nor rolled back yet.
    bool isActive() const { return m_active; }
    // Whether this is a savepoint inside an outer transaction.
    bool isNested() const { return m_level > 0; }
    bool commit();
    void rollback();

private:
    bool exec(const QString& statement);
    void end();

    PortalDatabase& m_owner;
    QSqlDatabase m_database;
    // How many transactions were open on the connection when this one began.
    int m_level = 0;
    QString m_savepoint;
    bool m_active = false;
};
