#include "demo/DemoDirectoryBuilder.h"

DemoDirectoryBuilder::DemoDirectoryBuilder(PortalDatabase& database)
    : m_directory(database)
{ }

std::optional<qint64> DemoDirectoryBuilder::entry(AddressLevel level, qint64 parentId,
                                                  const QString& name)
{
    const QString key =
        QString::number(int(level)) + u'/' + QString::number(parentId) + u'/' + name;
    const auto known = m_ids.constFind(key);
    if (known != m_ids.constEnd())
        return *known;
    const std::optional<qint64> id = m_directory.add(level, parentId, name);
    if (id)
        m_ids.insert(key, *id);
    return id;
}

std::optional<QList<qint64>> DemoDirectoryBuilder::addHouse(const DemoHouse& house)
{
    const std::optional<qint64> district = entry(AddressLevel::District, 0, house.district);
    if (!district)
        return std::nullopt;
    const std::optional<qint64> settlement =
        entry(AddressLevel::Settlement, *district, house.settlement);
    if (!settlement)
        return std::nullopt;
    const std::optional<qint64> street = entry(AddressLevel::Street, *settlement, house.street);
    if (!street)
        return std::nullopt;
    const std::optional<qint64> houseId = entry(AddressLevel::House, *street, house.house);
    if (!houseId)
        return std::nullopt;
    QList<qint64> flats;
    flats.reserve(house.flats);
    for (int flat = 1; flat <= house.flats; ++flat) {
        const std::optional<qint64> id =
            m_directory.add(AddressLevel::Flat, *houseId, QString::number(flat));
        if (!id)
            return std::nullopt;
        flats.append(*id);
    }
    return flats;
}
