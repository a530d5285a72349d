#pragma once

#include "net/ApiRequest.h"
#include "net/ApiResult.h"

#include <QObject>
#include <QString>

// Where the sync engine gets its pages: GET /api/v1/sync?cursor=… with the user's authorization.
// The engine depends on this small interface only, so that the HTTPS layer under it can change
// (AuthorizedPageSource over the session layer's AuthorizedApi, which refreshes the access token;
// TransportPageSource straight over ApiTransport with a fixed token) without touching the engine.
//
// One request at a time: the engine never calls fetch() while one is in flight.
class SyncPageSource : public QObject
{
    Q_OBJECT

public:
    explicit SyncPageSource(QObject* parent = nullptr);

    // Asks for the page after cursor (empty: everything, a sync from scratch). finished() follows
    // exactly once, never before fetch() has returned, unless cancel() comes first.
    virtual void fetch(const QString& cursor) = 0;
    // Drops the request in flight, if any: no finished() comes for it.
    virtual void cancel() = 0;

    // GET /sync with the cursor (none when empty), without authorization: the sources add it.
    static ApiRequest request(const QString& cursor);

signals:
    // The answer: a 200 with the page's JSON object, or why there is none.
    void finished(const ApiResult& result);
};
