#include "storage/SqlTransaction.h"

#include "storage/PortalDatabase.h"

SqlTransaction::SqlTransaction(PortalDatabase& database)
    : m_database(database.database())
    , m_active(m_database.transaction())
{ }

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_database.commit())
        return true;
    m_database.rollback();
    return false;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_database.rollback();
}
