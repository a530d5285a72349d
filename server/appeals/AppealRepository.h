#pragma once

#include "protocol/types/Appeal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class PortalDatabase;

// The table appeals: what users wrote to the operator and the operator's answers. Rows go with
// their user (ON DELETE CASCADE) and carry changed_seq (ChangeSequence) for sync; every write
// stamps it in the same transaction (each method opens its own SqlTransaction, which nests in a
// caller's).
//
// Appeals returned here have serverId set and localId 0; only the server's statuses occur.
class AppealRepository
{
public:
    explicit AppealRepository(PortalDatabase& database);

    // Also creates the users', the accounts' and the change sequence's tables.
    static bool ensureSchema(PortalDatabase& database);

    // A new appeal in status Registered created at createdAt; std::nullopt on a database error.
    // The caller has checked that accountId (if any) is linked to the user.
    std::optional<Appeal> create(qint64 userId, std::optional<qint64> accountId,
                                 const QString& topic, const QString& text,
                                 const QDateTime& createdAt);

    // The user's appeals, newest first; std::nullopt on a database error.
    std::optional<QList<Appeal>> forUser(qint64 userId) const;
    // One appeal by id, whoever wrote it; std::nullopt when there is none or on an error.
    std::optional<Appeal> find(qint64 appealId) const;
    // The user who wrote it; std::nullopt when there is none or on an error.
    std::optional<qint64> ownerOf(qint64 appealId) const;

    // The operator's side (there is no operator UI; the demo data and tests use these).
    // Moves an appeal to InProgress or Closed (Registered and Answered have their own ways in);
    // false when there is no such appeal, for another status, or on a database error.
    bool setStatus(qint64 appealId, Appeal::Status status);
    // Answers an appeal: status Answered, the answer and when it was given. A second answer
    // replaces the first. False when there is no such appeal, the answer is empty, or on error.
    bool answer(qint64 appealId, const QString& answer, const QDateTime& answeredAt);

private:
    PortalDatabase& m_database;
};
