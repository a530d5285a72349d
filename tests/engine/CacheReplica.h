#pragma once

#include "SyncReplica.h"

#include <QSqlDatabase>

#include <optional>

// What the cache holds, read back through the stores into the SyncReplica the server's sync tests
// fill from the per-endpoint answers (SyncExpectation), so that the two compare field by field:
// every account card, charge line, recalculation, payment (to the kopeck), meter, house, …
class CacheReplica
{
public:
    CacheReplica() = delete;

    // std::nullopt (with a test warning) when a store fails.
    static std::optional<SyncReplica> read(QSqlDatabase db);
    // Puts the lists inside objects (a house's works, a meter's readings) in one order, as the
    // cache and the wire order them differently.
    static void normalize(SyncReplica& replica);
};
