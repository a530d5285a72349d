#pragma once

#include "protocol/types/Organization.h"

#include <QList>

#include <optional>

class PortalDatabase;

// The organizations of the «Организации» section (table organizations) with the bank details
// of those that take payments; phones as a JSON array in one column.
class OrganizationRepository
{
public:
    explicit OrganizationRepository(PortalDatabase& database);

    static bool ensureSchema(PortalDatabase& database);

    std::optional<qint64> insert(const Organization& organization, qint64 changedSeq);
    // All of them, by id.
    std::optional<QList<Organization>> all() const;

private:
    PortalDatabase& m_database;
};
