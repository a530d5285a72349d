#pragma once

#include <QtGlobal>

// Limits of docs/api.md that the plumbing enforces for every endpoint.
namespace HttpLimits {
// Request bodies above this are answered 413 too_large.
inline constexpr qint64 maxBodyBytes = 64 * 1024;
// Room for the request line and headers on top of the body before a connection is cut short.
inline constexpr qint64 maxHeaderBytes = 16 * 1024;
} // namespace HttpLimits
