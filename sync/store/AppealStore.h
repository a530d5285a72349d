#pragma once

#include "protocol/types/Appeal.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// The owner's appeals: those written here (which may not have reached the server yet) and those
// the server lists. A local id identifies each one for its whole life; the server id joins it once
// the server has registered the appeal.
class AppealStore
{
public:
    explicit AppealStore(QSqlDatabase db);

    // Stores a new appeal written here, ignoring appeal.localId; an invalid createdAt becomes the
    // current time. Returns the local id it was given.
    std::optional<qint64> create(const Appeal& appeal);
    // Stores what the server says about an appeal (appeal.serverId is required), keyed by the
    // server id: the appeal that already has it is overwritten and keeps its local id; otherwise a
    // new one is stored.
    bool upsertFromServer(const Appeal& appeal);
    // Records the id the server gave to an appeal sent from here. Fails when there is no such
    // appeal or it already has another server id.
    bool assignServerId(qint64 localId, qint64 serverId);
    bool setStatus(qint64 localId, Appeal::Status status);
    bool remove(qint64 localId);

    // std::nullopt when there is no such appeal (lastError() invalid) or on failure.
    std::optional<Appeal> appeal(qint64 localId) const;
    std::optional<Appeal> appealByServerId(qint64 serverId) const;
    // Newest first; all appeals when accountId is absent, otherwise that account's.
    std::optional<QList<Appeal>> appeals(std::optional<qint64> accountId = std::nullopt) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    bool expectOneChanged(const std::optional<int>& changed) const;

    StoreConnection m_connection;
};
