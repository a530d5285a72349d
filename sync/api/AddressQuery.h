#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

// One search in the address directory of the add-account form (docs/api.md, "Address
// directory"): a level, the item of the level above it, and an optional name prefix.
//
//     client.addresses(AddressQuery::districts());
//     client.addresses(AddressQuery::within(AddressQuery::Level::Street, settlementId, u"Ми"_s));
class AddressQuery
{
public:
    enum class Level
    {
        District,
        Settlement, // within a district
        Street, // within a settlement
        House, // within a street
        Flat, // within a house
    };

    static AddressQuery districts(const QString& prefix = {});
    // parentId: the district of settlements, the settlement of streets, and so on.
    static AddressQuery within(Level level, qint64 parentId, const QString& prefix = {});

    // At most this many answers (the server allows 1–200, and gives 50 by default).
    AddressQuery& limitedTo(int limit);

    Level level() const { return m_level; }
    qint64 parentId() const { return m_parentId; }
    QString prefix() const { return m_prefix; }
    std::optional<int> limit() const { return m_limit; }

    // Under /api/v1: "/addresses/streets".
    QString path() const;
    // "settlement=7&prefix=Ми&limit=20".
    QUrlQuery query() const;
    // The query parameter naming the parent ("settlement"); empty for districts.
    static QString parentParameter(Level level);

private:
    AddressQuery(Level level, qint64 parentId, const QString& prefix);

    Level m_level;
    qint64 m_parentId;
    QString m_prefix;
    std::optional<int> m_limit;
};
