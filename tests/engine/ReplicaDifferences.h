#pragma once

#include "SyncReplica.h"

#include <QStringList>

// What differs between the cache's replica and the server's (SyncExpectation), one line each. The
// client's own comparison rather than SyncReplica::differences(), so that the engine's tests name
// differences in their own words and can also check a cache that is a part of the server's data
// (a sync stopped between pages).
class ReplicaDifferences
{
public:
    enum class Mode
    {
        Equal, // everything the server has, nothing else
        Part, // nothing the server does not have as it is; some things may be missing
    };

    ReplicaDifferences() = delete;

    static QStringList between(const SyncReplica& cached, const SyncReplica& expected,
                               Mode mode = Mode::Equal);
};
