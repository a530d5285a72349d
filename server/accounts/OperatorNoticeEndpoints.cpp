#include "accounts/OperatorNoticeEndpoints.h"

#include "accounts/NewsRepository.h"
#include "accounts/OrganizationRepository.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/NewsItemJson.h"
#include "protocol/json/OrganizationJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

OperatorNoticeEndpoints::OperatorNoticeEndpoints(PortalContext& context)
    : m_context(context)
    , m_gate(context)
{ }

void OperatorNoticeEndpoints::registerRoutes(PortalRouter& router)
{
    router.route(QHttpServerRequest::Method::Get, ApiVersion::pathPrefix() + u"/organizations"_s,
                 [this](const QHttpServerRequest& request) { return organizations(request); });
    router.route(QHttpServerRequest::Method::Get, ApiVersion::pathPrefix() + u"/news"_s,
                 [this](const QHttpServerRequest& request) { return news(request); });
}

QHttpServerResponse OperatorNoticeEndpoints::organizations(const QHttpServerRequest& request)
{
    auto authenticated = m_gate.authenticate(request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&authenticated))
        return std::move(*refusal);
    const std::optional<QList<Organization>> organizations =
        OrganizationRepository(m_context.database()).all();
    if (!organizations)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray items;
    for (const Organization& organization : *organizations)
        items.append(OrganizationJson::toJson(organization));
    return JsonResponse::object({{u"items"_s, items}});
}

QHttpServerResponse OperatorNoticeEndpoints::news(const QHttpServerRequest& request)
{
    auto authenticated = m_gate.authenticate(request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&authenticated))
        return std::move(*refusal);
    const std::optional<QList<NewsItem>> items = NewsRepository(m_context.database()).newestFirst();
    if (!items)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray array;
    for (const NewsItem& item : *items)
        array.append(NewsItemJson::toJson(item));
    return JsonResponse::object({{u"items"_s, array}});
}
