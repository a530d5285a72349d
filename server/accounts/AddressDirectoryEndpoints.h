#pragma once

#include "accounts/AddressLevel.h"
#include "auth/RequestAuthenticator.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QString>

class PortalContext;
class PortalRouter;
class QHttpServerRequest;

// The five lookups of the add-account form (docs/api.md, "Address directory"):
// GET /api/v1/addresses/{districts|settlements|streets|houses|flats}?PARENT=ID&prefix=&limit= →
// {"items": [{"id", "name"}]}. A missing or malformed parent id, a limit outside 1..200 and an
// overlong prefix are 422 invalid; a well-formed parent id that does not exist is 404 not_found.
class AddressDirectoryEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(AddressDirectoryEndpoints)

public:
    static constexpr qsizetype maxPrefixLength = 100;

    explicit AddressDirectoryEndpoints(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    QHttpServerResponse lookup(AddressLevel level, const QHttpServerRequest& request);
    // The query parameter naming the parent of level ("district" for settlements, …); empty for
    // districts.
    static QString parentParameter(AddressLevel level);

    PortalContext& m_context;
    RequestAuthenticator m_authenticator;
};
