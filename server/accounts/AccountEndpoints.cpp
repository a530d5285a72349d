#include "accounts/AccountEndpoints.h"

#include "accounts/AccountCards.h"
#include "accounts/AccountLinkRepository.h"
#include "accounts/ClosedPeriods.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/AccountJson.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

AccountEndpoints::AccountEndpoints(PortalContext& context)
    : m_context(context)
    , m_gate(context)
{ }

void AccountEndpoints::registerRoutes(PortalRouter& router)
{
    const QString accounts = ApiVersion::pathPrefix() + u"/accounts"_s;
    router.route(QHttpServerRequest::Method::Get, accounts,
                 [this](const QHttpServerRequest& request) { return list(request); });
    router.route(
        QHttpServerRequest::Method::Get, accounts + u"/<arg>"_s,
        [this](const QString& id, const QHttpServerRequest& request) { return show(id, request); });
    router.route(QHttpServerRequest::Method::Delete, accounts + u"/<arg>"_s,
                 [this](const QString& id, const QHttpServerRequest& request) {
                     return unlink(id, request);
                 });
}

QHttpServerResponse AccountEndpoints::list(const QHttpServerRequest& request)
{
    auto authenticated = m_gate.authenticate(request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&authenticated))
        return std::move(*refusal);
    const qint64 userId = std::get<qint64>(authenticated);

    const std::optional<Period> lastClosed = ClosedPeriods::lastClosed(m_context);
    if (!lastClosed)
        return JsonResponse::error(ApiErrorCode::Internal);
    const std::optional<QList<Account>> accounts =
        AccountCards(m_context.database()).allLinked(userId, *lastClosed);
    if (!accounts)
        return JsonResponse::error(ApiErrorCode::Internal);
    QJsonArray items;
    for (const Account& account : *accounts)
        items.append(AccountJson::toJson(account));
    return JsonResponse::object({{u"items"_s, items}});
}

QHttpServerResponse AccountEndpoints::show(const QString& idText, const QHttpServerRequest& request)
{
    auto admitted = m_gate.admit(idText, request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&admitted))
        return std::move(*refusal);
    const AccountGate::Pass pass = std::get<AccountGate::Pass>(admitted);

    const std::optional<Period> lastClosed = ClosedPeriods::lastClosed(m_context);
    if (!lastClosed)
        return JsonResponse::error(ApiErrorCode::Internal);
    const Lookup<Account> account =
        AccountCards(m_context.database()).linked(pass.userId, pass.accountId, *lastClosed);
    if (account.failed())
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!account.isFound())
        return JsonResponse::error(ApiErrorCode::NotFound);
    return JsonResponse::object(AccountJson::toJson(account.value()));
}

QHttpServerResponse AccountEndpoints::unlink(const QString& idText,
                                             const QHttpServerRequest& request)
{
    auto admitted = m_gate.admit(idText, request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&admitted))
        return std::move(*refusal);
    const AccountGate::Pass pass = std::get<AccountGate::Pass>(admitted);

    SqlTransaction transaction(m_context.database());
    if (!transaction.isActive())
        return JsonResponse::error(ApiErrorCode::Internal);
    switch (AccountLinkRepository(m_context.database()).unlink(pass.userId, pass.accountId)) {
    case AccountLinkRepository::UnlinkResult::Unlinked:
        break;
    case AccountLinkRepository::UnlinkResult::NotLinked:
        return JsonResponse::error(ApiErrorCode::NotFound);
    case AccountLinkRepository::UnlinkResult::Failed:
        return JsonResponse::error(ApiErrorCode::Internal);
    }
    if (!transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::empty();
}
