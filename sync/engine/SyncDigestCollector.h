#pragma once

#include "engine/SyncDigest.h"
#include "protocol/json/SyncAnswerBody.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// Finds what a sync's pages bring that is new to the cache (SyncDigest), by looking the pages'
// items up in the cache BEFORE they are applied: a payment, news item or closed period the
// cache has not got yet, an appeal answered now that was not before. Only the items the pages
// carry are looked up, so an incremental sync costs a few lookups, not a read of the whole cache.
//
//     SyncDigestCollector collector(db);
//     const std::optional<SyncDigest> digest = collector.collect(pages); // then apply them
//
// A cache that has never completed a sync gives an empty digest: the first sync brings
// everything, and that is no news. So do accounts the cache did not hold (just linked).
class SyncDigestCollector
{
public:
    explicit SyncDigestCollector(QSqlDatabase db);

    // std::nullopt when the cache cannot be read (lastError()).
    std::optional<SyncDigest> collect(const QList<SyncAnswerBody>& pages);
    QSqlError lastError() const { return m_error; }

private:
    std::nullopt_t fail(const QSqlError& error);

    QSqlDatabase m_db;
    QSqlError m_error;
};
