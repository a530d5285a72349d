#pragma once

#include "accounts/AccountRecord.h"
#include "accounts/Lookup.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

class PortalDatabase;

// The operator's personal accounts (table accounts). An account sits in one flat of the address
// directory and may name its building; its number is unique within the flat. Reads join the
// directory to write the address out.
class AccountRepository
{
public:
    explicit AccountRepository(PortalDatabase& database);

    // Also creates the directory's and the buildings' tables, which accounts reference.
    static bool ensureSchema(PortalDatabase& database);

    // Inserts the account of record (its id, address and balance are ignored); the new id,
    // std::nullopt on error. The statement is prepared once per repository, for bulk writers.
    std::optional<qint64> insert(const AccountRecord& record, qint64 changedSeq);

    // Makes the organization the payee of every account: an operator that bills all of them
    // itself (the regional operator's "common pot"). False on error.
    bool setPayeeOfAll(qint64 organizationId, qint64 changedSeq);

    Lookup<AccountRecord> find(qint64 id) const;
    // The account with this number in this flat, if any.
    Lookup<AccountRecord> findInFlat(qint64 flatId, const QString& number) const;
    // The accounts linked to the user (table account_links), by id.
    std::optional<QList<AccountRecord>> linkedTo(qint64 userId) const;

private:
    Lookup<AccountRecord> findWhere(const QString& condition, const QVariantList& values) const;
    std::optional<QList<AccountRecord>> listWhere(const QString& condition,
                                                  const QVariantList& values) const;

    PortalDatabase& m_database;
    std::optional<QSqlQuery> m_insert;
};
