#pragma once

#include <QList>

#include <optional>

class PortalDatabase;

// Which accounts each user reaches (table account_links), and the unlinks a client must learn
// about (table account_link_tombstones). Both go with their user (ON DELETE CASCADE). Every
// write stamps changed_seq with ChangeSequence::next() and belongs inside a SqlTransaction.
class AccountLinkRepository
{
public:
    enum class LinkResult
    {
        Linked,
        AlreadyLinked,
        Failed, // a database error
    };
    enum class UnlinkResult
    {
        Unlinked,
        NotLinked,
        Failed,
    };

    explicit AccountLinkRepository(PortalDatabase& database);

    // Also creates the users', the accounts' and the change sequence's tables.
    static bool ensureSchema(PortalDatabase& database);

    // Links the account to the user and forgets an earlier unlink of it (its tombstone).
    LinkResult link(qint64 userId, qint64 accountId);
    // The same with a given stamp, for bulk writers that stamp many rows at once.
    LinkResult link(qint64 userId, qint64 accountId, qint64 changedSeq);
    // Unlinks, leaving a tombstone.
    UnlinkResult unlink(qint64 userId, qint64 accountId);

    std::optional<bool> isLinked(qint64 userId, qint64 accountId) const;
    // Whether any account of the user sits in that building.
    std::optional<bool> reachesBuilding(qint64 userId, qint64 buildingId) const;
    // The user's accounts by id.
    std::optional<QList<qint64>> linkedAccounts(qint64 userId) const;

private:
    PortalDatabase& m_database;
};
