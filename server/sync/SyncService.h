#pragma once

#include "http/ApiError.h"
#include "sync/SyncCollector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

class PortalContext;

// The answers of GET /api/v1/sync (docs/api.md, "Incremental sync"): reads the cursor, fixes the
// run's window (SyncWindow) and fills one page from the collectors, section after section, until
// the page is full (then "more": true and a paging cursor) or everything is sent (a settled
// cursor). A page reads inside one transaction, so it sees one state of the database.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    // pageSize: see SyncBudget; 0 or less for its default.
    SyncService(PortalContext& context, int pageSize);
    ~SyncService();

    // The page for the user after cursorText (absent or empty: no cursor, everything). A cursor
    // this server did not write, or one from its future (a sequence it has not reached, e.g.
    // after the data was reset), is 422 invalid with field "cursor": the client forgets it and
    // syncs from scratch. A database error is 500 internal.
    std::variant<QJsonObject, ApiError> page(qint64 userId,
                                             const std::optional<QString>& cursorText);

private:
    static ApiError invalidCursor();

    PortalContext& m_context;
    int m_pageSize;
    std::vector<std::unique_ptr<SyncCollector>> m_collectors; // in section order
};
