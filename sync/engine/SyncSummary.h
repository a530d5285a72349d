#pragma once

#include "engine/SyncDigest.h"
#include "engine/SyncPageReport.h"

#include <QDateTime>
#include <QMetaType>

// What one sync brought, for the "finished" notice: counts over all its pages.
struct SyncSummary
{
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    int pages = 0;
    qint64 bytes = 0;
    qint64 rows = 0;
    int accounts = 0; // account cards received
    int periods = 0; // charge periods received (one per account and period)
    int payments = 0;
    int removedAccounts = 0;
    bool fromScratch = false; // the sync replaced everything cached from the server
    // What it brought that the cache had not: for notifications. Empty for a sync from scratch
    // (the first one, or after the server refused the cursor): it replaces everything.
    SyncDigest digest;

    // Adds the counts of one applied page.
    void add(const SyncPageReport& page);
    qint64 milliseconds() const;
    double seconds() const { return double(milliseconds()) / 1000.0; }
    // Nothing changed: a single page with nothing but its cursor.
    bool isEmpty() const { return rows == 0; }
};

Q_DECLARE_METATYPE(SyncSummary)
