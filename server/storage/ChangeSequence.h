#pragma once

#include <QtGlobal>

#include <optional>

class PortalDatabase;

// The one counter behind incremental sync. Every row a client syncs carries a `changed_seq`
// column; whoever inserts or updates such a row stamps it with next(), inside the same
// transaction as the change. A client's cursor is the highest stamp it has seen, so "what changed
// since the cursor" is `WHERE changed_seq > :cursor` in every synced table. Removals that a client
// must learn about (an unlinked account, say) leave a tombstone row stamped the same way.
class ChangeSequence
{
public:
    // Creates the counter's table; call it from the prepare() of every area with synced tables.
    static bool ensureSchema(PortalDatabase& database);

    // The next stamp; std::nullopt on a database error. Stamps of committed changes strictly
    // increase. A rolled-back change gives its stamp back, which is harmless: nobody saw it.
    static std::optional<qint64> next(PortalDatabase& database);

    // The highest stamp handed out so far (0 before the first); std::nullopt on error.
    static std::optional<qint64> current(PortalDatabase& database);
};
