#pragma once

#include "cache/CacheDatabase.h"
#include "keys/DataKey.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

// A real SQLCipher cache for a test, in a temporary folder, with a fresh data key, and a
// connection to it on the test's (GUI) thread, beside the one the engine opens on its own.
class EngineCache
{
public:
    EngineCache();

    // Opens the test's connection and brings the schema up to date; false (with a warning) on
    // failure.
    bool open();
    void close();

    QString path() const;
    const DataKey& key() const { return m_key; }
    QSqlDatabase database() const;

    // Every row of every table as text, table by table in a fixed order, so that two dumps
    // compare equal exactly when the caches hold the same data. Without times, the times of
    // sync_state (when the last sync ran) are left out, since a sync that brings nothing new
    // still records that it ran. Row ids the cache assigns itself (charge lines', appeals' local
    // ids) are left out too: they follow the order of writing.
    enum class Times
    {
        Include,
        Exclude,
    };
    QStringList dump(Times times = Times::Exclude) const;
    // Every row and every column, the times and the row ids included: equal exactly when the
    // cache holds the same rows, e.g. after a sync that failed or was cancelled.
    QStringList exactDump() const;
    // The exact dump as one snapshot, taken in a read transaction, so that it can be compared
    // while another connection writes (in WAL mode readers see the last commit before they
    // began). Empty on failure.
    QStringList snapshot() const;
    // The cursor the cache holds; empty when none.
    QString cursor() const;
    // "ok" and no foreign-key violations, or what is wrong.
    QString integrityProblems() const;

private:
    QStringList dumpRows(bool withTimes, bool withRowIds) const;

    QTemporaryDir m_dir;
    DataKey m_key;
    QString m_connectionName;
    std::optional<CacheDatabase> m_cache;
};
