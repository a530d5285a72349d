#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

// Enums are stored and sent as short stable words rather than as their numeric values, so that
// reordering or extending an enum never silently changes what an existing cache file or the other
// side of the wire means. Each enum owns one table of these pairs next to its type.
template<typename Enum>
struct EnumKey
{
    Enum value;
    QStringView key;
};

// The key of value; empty when the table does not list it.
template<typename Enum, std::size_t N>
QString enumToKey(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const EnumKey<Enum>& entry : table) {
        if (entry.value == value)
            return entry.key.toString();
    }
    return {};
}

// The value whose key is exactly key; std::nullopt for anything unknown.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumKey<Enum> (&table)[N], QStringView key)
{
    for (const EnumKey<Enum>& entry : table) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}
