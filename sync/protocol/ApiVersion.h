#pragma once

#include <QString>

// The version of the client–server API both sides speak; it is part of every endpoint's path.
namespace ApiVersion {
inline constexpr int current = 1;

inline QString pathPrefix()
{
    return QStringLiteral("/api/v1");
}
} // namespace ApiVersion
