#pragma once

#include "protocol/types/Organization.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Organizations of the «Организации» section.
class OrganizationStore
{
public:
    explicit OrganizationStore(QSqlDatabase db);

    // Inserts the organization or overwrites the one with the same id.
    bool upsert(const Organization& organization);
    // Makes the cache hold exactly these organizations, as the server lists them.
    bool replaceAll(const QList<Organization>& organizations);
    bool remove(qint64 organizationId);

    // std::nullopt when there is no such organization (lastError() invalid) or on failure.
    std::optional<Organization> organization(qint64 organizationId) const;
    // Ordered by id, which is the order the server lists them in.
    std::optional<QList<Organization>> organizations() const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
