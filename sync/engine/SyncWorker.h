#pragma once

#include "cache/CacheDatabase.h"
#include "engine/SyncError.h"
#include "engine/SyncPageReport.h"
#include "keys/DataKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

// The sync engine's half that runs on its own thread: it owns a connection of its own to the
// cache file (Qt SQL connections belong to the thread that opens them) and does the heavy part of
// every page there, decoding the answer (SyncAnswerJson) and writing it (SyncApplier), so that
// the GUI thread never waits for either. SyncEngine moves it to the thread and talks to it only
// through queued calls and signals.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // What open() found.
    struct Opened
    {
        SyncError error; // CacheUnavailable or CacheWrite (the schema could not be brought up)
        QString cursor; // to send next; empty: sync from scratch
        QDateTime lastSyncedAt; // null before the first complete sync
    };

    // The key is kept only until open() has used it.
    SyncWorker(const QString& cachePath, const DataKey& key, QObject* parent = nullptr);
    ~SyncWorker() override;

    // Opens the cache on the calling thread (the worker's) and brings its schema up to date;
    // emits opened().
    void open();
    // Decodes body and applies it; emits pageApplied(). Does nothing useful before open().
    void applyPage(const QJsonObject& body, bool fromScratch, int page, const QDateTime& now);

signals:
    void opened(const SyncWorker::Opened& result);
    void pageApplied(const SyncPageReport& report);

private:
    QString m_cachePath;
    DataKey m_key;
    std::optional<CacheDatabase> m_cache;
};

Q_DECLARE_METATYPE(SyncWorker::Opened)
