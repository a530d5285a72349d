#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

// How far one part of the cache has been synchronised with the server.
struct SyncState
{
    // What was synchronised: a whole collection ("accounts", "news") or one account's part of one
    // (see forAccount()).
    QString scope;
    QString cursor; // opaque to the client: handed back to the server on the next sync
    QDateTime lastSyncedAt; // UTC; null before the first sync

    // The scope of one account's part of a collection, e.g. "account/16616/charges".
    static QString forAccount(qint64 accountId, QStringView collection)
    {
        return QStringLiteral("account/") + QString::number(accountId) + u'/' + collection;
    }

    friend bool operator==(const SyncState&, const SyncState&) = default;
};
