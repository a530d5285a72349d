#pragma once

#include "SyncPageData.h"
#include "SyncReplica.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class PortalProcess;

// A client of GET /api/v1/sync for the tests: asks for pages, decodes them (SyncPageData) and
// applies them to a replica, checking on the way that no item comes twice within one run.
class SyncSession
{
public:
    SyncSession(PortalProcess& portal, const QString& token);

    void setToken(const QString& token) { m_token = token; }

    // One page after cursor (empty: none); std::nullopt with *error unless the answer is a 200
    // that decodes. *body gets the raw body.
    std::optional<SyncPageData> fetch(const QString& cursor, QString* error,
                                      QByteArray* body = nullptr);
    // Pages from cursor on until "more" is false or maxPages were fetched (then the last page
    // says "more"), each applied to replica; std::nullopt with *error when a page fails or an
    // item comes twice among these pages.
    std::optional<QList<SyncPageData>> run(const QString& cursor, SyncReplica& replica,
                                           QString* error, int maxPages = 10000);

private:
    PortalProcess& m_portal;
    QString m_token;
};
