#pragma once

#include "SyncReplica.h"

#include <QString>

#include <optional>

class PortalProcess;

// What the per-endpoint answers show a user (GET /profile, /accounts, each account's charges,
// payments and meters over all its closed periods, /buildings/{id} of each account's house,
// /organizations, /news, /appeals), decoded with the protocol's codecs into a SyncReplica, so
// that what sync delivered can be compared with it.
class SyncExpectation
{
public:
    SyncExpectation() = delete;

    static std::optional<SyncReplica> fromEndpoints(PortalProcess& portal, const QString& token,
                                                    QString* error);
};
