#pragma once

class PortalDatabase;

// Every table of the accounts area (and those it references: users, the change sequence), in
// dependency order. The module's prepare(), the demo data and tests call it.
class AccountsSchema
{
public:
    AccountsSchema() = delete;

    static bool ensure(PortalDatabase& database);
};
