#include "accounts/AccountLinkRepository.h"

#include "accounts/AccountRepository.h"
#include "auth/UserRepository.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

AccountLinkRepository::AccountLinkRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool AccountLinkRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database) && AccountRepository::ensureSchema(database)
        && ChangeSequence::ensureSchema(database)
        && database.ensureSchema(
            u"account_links"_s,
            {
                {u"CREATE TABLE account_links ("
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                 "changed_seq INTEGER NOT NULL, PRIMARY KEY (user_id, account_id))"_s,
                 u"CREATE INDEX account_links_account ON account_links (account_id)"_s,
                 u"CREATE INDEX account_links_changed ON account_links (changed_seq)"_s,
                 u"CREATE TABLE account_link_tombstones ("
                 "user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                 "account_id INTEGER NOT NULL, changed_seq INTEGER NOT NULL, "
                 "PRIMARY KEY (user_id, account_id))"_s,
                 u"CREATE INDEX account_link_tombstones_changed ON account_link_tombstones "
                 "(changed_seq)"_s},
            });
}

AccountLinkRepository::LinkResult AccountLinkRepository::link(qint64 userId, qint64 accountId)
{
    const std::optional<bool> linked = isLinked(userId, accountId);
    if (!linked)
        return LinkResult::Failed;
    if (*linked)
        return LinkResult::AlreadyLinked;
    const std::optional<qint64> stamp = ChangeSequence::next(m_database);
    if (!stamp)
        return LinkResult::Failed;
    return link(userId, accountId, *stamp);
}

AccountLinkRepository::LinkResult AccountLinkRepository::link(qint64 userId, qint64 accountId,
                                                              qint64 changedSeq)
{
    QSqlQuery insert(m_database.database());
    insert.prepare(u"INSERT INTO account_links (user_id, account_id, changed_seq) "
                   "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    insert.bindValue(0, userId);
    insert.bindValue(1, accountId);
    insert.bindValue(2, changedSeq);
    if (!insert.exec())
        return LinkResult::Failed;
    if (insert.numRowsAffected() == 0)
        return LinkResult::AlreadyLinked;
    // The link is newer than any tombstone of it: a client must not see both in one answer.
    QSqlQuery forget(m_database.database());
    forget.prepare(u"DELETE FROM account_link_tombstones WHERE user_id = ? AND account_id = ?"_s);
    forget.bindValue(0, userId);
    forget.bindValue(1, accountId);
    return forget.exec() ? LinkResult::Linked : LinkResult::Failed;
}

AccountLinkRepository::UnlinkResult AccountLinkRepository::unlink(qint64 userId, qint64 accountId)
{
    QSqlQuery remove(m_database.database());
    remove.prepare(u"DELETE FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    remove.bindValue(0, userId);
    remove.bindValue(1, accountId);
    if (!remove.exec())
        return UnlinkResult::Failed;
    if (remove.numRowsAffected() == 0)
        return UnlinkResult::NotLinked;
    const std::optional<qint64> stamp = ChangeSequence::next(m_database);
    if (!stamp)
        return UnlinkResult::Failed;
    QSqlQuery tombstone(m_database.database());
    tombstone.prepare(u"INSERT OR REPLACE INTO account_link_tombstones "
                      "(user_id, account_id, changed_seq) VALUES (?, ?, ?)"_s);
    tombstone.bindValue(0, userId);
    tombstone.bindValue(1, accountId);
    tombstone.bindValue(2, *stamp);
    return tombstone.exec() ? UnlinkResult::Unlinked : UnlinkResult::Failed;
}

std::optional<bool> AccountLinkRepository::isLinked(qint64 userId, qint64 accountId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT 1 FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    query.bindValue(0, userId);
    query.bindValue(1, accountId);
    if (!query.exec())
        return std::nullopt;
    return query.next();
}

std::optional<bool> AccountLinkRepository::reachesBuilding(qint64 userId, qint64 buildingId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT 1 FROM account_links l JOIN accounts a ON a.id = l.account_id "
                  "WHERE l.user_id = ? AND a.building_id = ? LIMIT 1"_s);
    query.bindValue(0, userId);
    query.bindValue(1, buildingId);
    if (!query.exec())
        return std::nullopt;
    return query.next();
}

std::optional<QList<qint64>> AccountLinkRepository::linkedAccounts(qint64 userId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT account_id FROM account_links WHERE user_id = ? ORDER BY account_id"_s);
    query.bindValue(0, userId);
    if (!query.exec())
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}
