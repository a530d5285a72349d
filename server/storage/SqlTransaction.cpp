#include "storage/SqlTransaction.h"

#include "storage/PortalDatabase.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

SqlTransaction::SqlTransaction(PortalDatabase& database)
    : m_owner(database)
    , m_database(database.database())
    , m_level(database.m_transactionDepth)
{
    if (m_level == 0) {
        m_active = m_database.transaction();
    } else {
        // The level makes the name unique among the savepoints open at the same time.
        m_savepoint = u"kabinet_sp_"_s + QString::number(m_level);
        m_active = exec(u"SAVEPOINT "_s + m_savepoint);
    }
    if (m_active)
        ++m_owner.m_transactionDepth;
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    Q_ASSERT_X(m_owner.m_transactionDepth == m_level + 1, "SqlTransaction::commit",
               "a nested transaction is still open");
    if (m_level == 0) {
        end();
        if (m_database.commit())
            return true;
        m_database.rollback();
        return false;
    }
    if (exec(u"RELEASE SAVEPOINT "_s + m_savepoint)) {
        end();
        return true;
    }
    rollback();
    return false;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    Q_ASSERT_X(m_owner.m_transactionDepth == m_level + 1, "SqlTransaction::rollback",
               "a nested transaction is still open");
    if (m_level == 0) {
        end();
        m_database.rollback();
        return;
    }
    // ROLLBACK TO undoes the changes but keeps the savepoint on the stack; RELEASE removes it.
    exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
    exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    end();
}

bool SqlTransaction::exec(const QString& statement)
{
    QSqlQuery query(m_database);
    return query.exec(statement);
}

void SqlTransaction::end()
{
    m_active = false;
    m_owner.m_transactionDepth = m_level;
}
