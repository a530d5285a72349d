#pragma once

#include "typos/TypoReport.h"

#include <QList>

#include <optional>

class PortalDatabase;

// The table typo_reports: what users reported, for the operator's editors to read. Rows go with
// their user (ON DELETE CASCADE). Reports are not synced back to clients, so they carry no
// changed_seq.
class TypoReportRepository
{
public:
    explicit TypoReportRepository(PortalDatabase& database);

    // Also creates the users' table.
    static bool ensureSchema(PortalDatabase& database);

    // Stores report (its id is ignored) as the user's; the new id, std::nullopt on error.
    std::optional<qint64> create(qint64 userId, const TypoReport& report);
    // The user's reports, oldest first (the operator's side and tests); std::nullopt on error.
    std::optional<QList<TypoReport>> forUser(qint64 userId) const;

private:
    PortalDatabase& m_database;
};
