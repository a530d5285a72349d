#pragma once

#include "accounts/Lookup.h"

#include <QtGlobal>

class PortalDatabase;
struct LinkRequest;

// Whether a link request names an account the way the operator's records do: the number in that
// flat, and the date and sum of the account's last payment. Which part failed is never told
// (one no_match for every mismatch), so that nobody can probe the parts one by one.
class AccountMatcher
{
public:
    explicit AccountMatcher(PortalDatabase& database);

    // The account's id when everything matches; missing for any mismatch.
    Lookup<qint64> match(const LinkRequest& request) const;

private:
    PortalDatabase& m_database;
};
