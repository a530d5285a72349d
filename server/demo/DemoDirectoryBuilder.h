#pragma once

#include "accounts/AddressDirectory.h"
#include "demo/DemoHouse.h"

#include <QHash>
#include <QList>

#include <optional>

class PortalDatabase;

// Puts demo houses into the address directory, each district, settlement and street once.
class DemoDirectoryBuilder
{
public:
    explicit DemoDirectoryBuilder(PortalDatabase& database);

    // The ids of the house's flats "1" … house.flats, in order; std::nullopt on error.
    std::optional<QList<qint64>> addHouse(const DemoHouse& house);

private:
    std::optional<qint64> entry(AddressLevel level, qint64 parentId, const QString& name);

    AddressDirectory m_directory;
    // "level/parent/name" → id
    QHash<QString, qint64> m_ids;
};
