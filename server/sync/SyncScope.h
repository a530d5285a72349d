#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class PortalDatabase;
struct SyncWindow;

// The accounts a sync run covers: those linked to the user when the run began (a link stamped
// after window.toSequence belongs to the next run, and an account unlinked meanwhile drops out),
// each with what the window says about it.
class SyncScope
{
public:
    struct LinkedAccount
    {
        qint64 id = 0;
        // Linked within the window (or no cursor): the client gets all of its history.
        bool isNew = false;
        // The operator's row of the account changed within the window (its card, its building).
        bool rowChanged = false;
        std::optional<qint64> buildingId;
    };

    static std::optional<SyncScope> load(PortalDatabase& database, const SyncWindow& window);

    // By id.
    const QList<LinkedAccount>& accounts() const { return m_accounts; }
    bool isLinked(qint64 accountId) const { return m_indexById.contains(accountId); }
    bool isNew(qint64 accountId) const;
    // The buildings the user reaches through the accounts.
    QSet<qint64> buildings() const;

private:
    QList<LinkedAccount> m_accounts;
    QHash<qint64, qsizetype> m_indexById;
};
