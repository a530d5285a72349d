#include "store/CacheTransaction.h"

#include "store/StoreLog.h"

#include <utility>

CacheTransaction::CacheTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_lastError = m_db.lastError();
}

CacheTransaction::~CacheTransaction()
{
    rollback();
}

bool CacheTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_db.commit()) {
        m_active = false;
        return true;
    }
    m_lastError = m_db.lastError();
    qCWarning(lcStore) << "Cache transaction could not be committed:" << m_lastError.text();
    rollback();
    return false;
}

void CacheTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback())
        qCWarning(lcStore) << "Cache transaction could not be rolled back:"
                           << m_db.lastError().text();
}
