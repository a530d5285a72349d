#include "routes/HealthRoutes.h"

#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"

using namespace Qt::Literals::StringLiterals;

QString HealthRoutes::name() const
{
    return u"health"_s;
}

void HealthRoutes::registerRoutes(PortalRouter& router, PortalContext& context)
{
    Q_UNUSED(context);
    router.route(QHttpServerRequest::Method::Get, ApiVersion::pathPrefix() + u"/health"_s,
                 [](const QHttpServerRequest&) {
                     return JsonResponse::object({
                         {u"status"_s, u"ok"_s},
                         {u"version"_s, QStringLiteral(KABINET_VERSION)},
                     });
                 });
}
