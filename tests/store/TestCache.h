#pragma once

#include "cache/CacheDatabase.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <optional>

// An encrypted cache file in a temporary folder for one test, opened through CacheDatabase with a
// random key. close() and open() again reopen the same file, as a restarted client would.
class TestCache
{
public:
    TestCache();

    // Opens the file and migrates it to version (no migration when version is 0). Returns false,
    // with the reason as a test warning, when either fails.
    bool open(int version);
    bool open();
    void close();

    QSqlDatabase database() const;
    QString path() const;

    // Runs one statement directly, for tests that must build a state no store writes (an old
    // schema version, a damaged row).
    bool exec(const QString& sql) const;
    // How many rows table has; -1 on failure.
    int rowCount(const QString& table) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_key;
    std::optional<CacheDatabase> m_cache;
    int m_opened = 0;
};
