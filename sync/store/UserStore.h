#pragma once

#include "protocol/types/UserProfile.h"
#include "store/StoreConnection.h"

#include <optional>

// The signed-in user's profile: at most one is cached.
class UserStore
{
public:
    explicit UserStore(QSqlDatabase db);

    // std::nullopt when none is stored (lastError() invalid) or on failure.
    std::optional<UserProfile> profile() const;
    bool saveProfile(const UserProfile& profile);
    // Fails when no profile is stored.
    bool setReceiptsByEmail(bool enabled);
    bool clear();

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
