#pragma once

#include "cache/CacheOpenError.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Owns one named connection to an encrypted cache file, opened through SqlCipherDriver. Each
// thread that touches the cache opens its own CacheDatabase (Qt SQL connections are per thread).
class CacheDatabase
{
public:
    using OpenError = CacheOpenError;

    // Opens the file, creating it when missing, with the 32-byte raw data key. On failure returns
    // nothing and tells why through error and message (when given).
    static std::optional<CacheDatabase> open(const QString& path, QByteArrayView rawKey,
                                             const QString& connectionName,
                                             CacheOpenError* error = nullptr,
                                             QString* message = nullptr);

    CacheDatabase(CacheDatabase&& other) noexcept;
    CacheDatabase& operator=(CacheDatabase&& other) noexcept;
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;
    ~CacheDatabase();

    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }

    // The version string SQLCipher reports for this connection.
    QString cipherVersion() const;

private:
    CacheDatabase(QString connectionName, QString path);
    void close();

    QString m_connectionName;
    QString m_path;
};
