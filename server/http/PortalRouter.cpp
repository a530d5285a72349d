#include "http/PortalRouter.h"

PortalRouter::PortalRouter(QHttpServer& server)
    : m_server(server)
{ }
