#include "accounts/AccountGate.h"

#include "accounts/AccountLinkRepository.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/RequestParameters.h"

AccountGate::AccountGate(PortalContext& context)
    : m_context(context)
    , m_authenticator(context)
{ }

std::variant<qint64, QHttpServerResponse>
AccountGate::authenticate(const QHttpServerRequest& request)
{
    const std::optional<qint64> userId = m_authenticator.userId(request);
    if (!userId)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    return *userId;
}

std::variant<AccountGate::Pass, QHttpServerResponse>
AccountGate::admit(const QString& idText, const QHttpServerRequest& request)
{
    const std::optional<qint64> userId = m_authenticator.userId(request);
    if (!userId)
        return JsonResponse::error(ApiErrorCode::Unauthorized);
    const std::optional<qint64> accountId = RequestParameters::id(idText);
    if (!accountId)
        return JsonResponse::error(ApiErrorCode::NotFound);
    const std::optional<bool> linked =
        AccountLinkRepository(m_context.database()).isLinked(*userId, *accountId);
    if (!linked)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!*linked)
        return JsonResponse::error(ApiErrorCode::NotFound);
    return Pass {*userId, *accountId};
}
