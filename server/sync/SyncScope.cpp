#include "sync/SyncScope.h"

#include "storage/PortalDatabase.h"
#include "sync/SyncLog.h"
#include "sync/SyncWindow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

std::optional<SyncScope> SyncScope::load(PortalDatabase& database, const SyncWindow& window)
{
    QSqlQuery query(database.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT l.account_id, l.changed_seq, a.changed_seq, a.building_id "
                  "FROM account_links l JOIN accounts a ON a.id = l.account_id "
                  "WHERE l.user_id = ? AND l.changed_seq <= ? ORDER BY l.account_id"_s);
    query.addBindValue(window.userId);
    query.addBindValue(window.toSequence);
    if (!query.exec()) {
        qCWarning(lcSync).noquote() << "links:" << query.lastError().text();
        return std::nullopt;
    }
    SyncScope scope;
    while (query.next()) {
        LinkedAccount account;
        account.id = query.value(0).toLongLong();
        account.isNew = query.value(1).toLongLong() > window.fromSequence;
        const qint64 rowSequence = query.value(2).toLongLong();
        account.rowChanged = rowSequence > window.fromSequence && rowSequence <= window.toSequence;
        if (!query.value(3).isNull())
            account.buildingId = query.value(3).toLongLong();
        scope.m_indexById.insert(account.id, scope.m_accounts.size());
        scope.m_accounts.append(account);
    }
    return scope;
}

bool SyncScope::isNew(qint64 accountId) const
{
    const auto found = m_indexById.constFind(accountId);
    return found != m_indexById.constEnd() && m_accounts.at(*found).isNew;
}

QSet<qint64> SyncScope::buildings() const
{
    QSet<qint64> ids;
    for (const LinkedAccount& account : m_accounts) {
        if (account.buildingId)
            ids.insert(*account.buildingId);
    }
    return ids;
}
