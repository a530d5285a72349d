#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

// How values that SQLite has no type for are kept in the cache's columns. Each pair is the
// inverse of itself; null and absent values become SQL NULL and come back null.
namespace StoreValues {

// 'YYYY-MM-DD', which sorts like the dates themselves.
QVariant fromDate(QDate date);
QDate toDate(const QVariant& value);

// Milliseconds since the epoch; read back as UTC.
QVariant fromInstant(const QDateTime& instant);
QDateTime toInstant(const QVariant& value);

QVariant fromOptionalId(std::optional<qint64> id);
std::optional<qint64> toOptionalId(const QVariant& value);

// A JSON array of strings, so any text (commas, line breaks) survives.
QString fromStringList(const QStringList& list);
QStringList toStringList(const QVariant& value);

} // namespace StoreValues
