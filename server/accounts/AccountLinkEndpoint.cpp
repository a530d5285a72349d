#include "accounts/AccountLinkEndpoint.h"

#include "accounts/AccountCards.h"
#include "accounts/AccountLinkRepository.h"
#include "accounts/AccountMatcher.h"
#include "accounts/ClosedPeriods.h"
#include "accounts/LinkRequest.h"
#include "auth/CaptchaVerifier.h"
#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonBody.h"
#include "http/JsonFieldReader.h"
#include "http/JsonResponse.h"
#include "http/PortalRouter.h"
#include "idempotency/IdempotencyKey.h"
#include "idempotency/IdempotencyStore.h"
#include "idempotency/IdempotentPost.h"
#include "idempotency/IdempotentRequest.h"
#include "protocol/ApiVersion.h"
#include "protocol/json/AccountJson.h"
#include "storage/SqlTransaction.h"

using namespace Qt::Literals::StringLiterals;

AccountLinkEndpoint::AccountLinkEndpoint(PortalContext& context)
    : m_context(context)
    , m_gate(context)
    , m_limiter(context.clock())
{ }

void AccountLinkEndpoint::registerRoutes(PortalRouter& router)
{
    router.route(QHttpServerRequest::Method::Post, ApiVersion::pathPrefix() + u"/accounts"_s,
                 [this](const QHttpServerRequest& request) { return post(request); });
}

std::optional<bool> AccountLinkEndpoint::answeredByIdempotency(qint64 userId,
                                                               const IdempotentRequest& request)
{
    if (request.keyHeaders.isEmpty())
        return false;
    const QByteArray& key = request.keyHeaders.constFirst();
    if (request.keyHeaders.size() > 1 || !IdempotencyKey::isValid(key))
        return true;
    const IdempotencyStore::Lookup lookup =
        IdempotencyStore(m_context.database())
            .find(userId, QString::fromLatin1(key), m_context.clock().nowSecsSinceEpoch());
    if (!lookup.ok)
        return std::nullopt;
    return lookup.record.has_value();
}

QHttpServerResponse AccountLinkEndpoint::post(const QHttpServerRequest& request)
{
    auto authenticated = m_gate.authenticate(request);
    if (auto* refusal = std::get_if<QHttpServerResponse>(&authenticated))
        return std::move(*refusal);
    const qint64 userId = std::get<qint64>(authenticated);

    const IdempotentRequest idempotent = IdempotentRequest::fromHttpRequest(request);
    IdempotentPost idempotentPost(m_context);
    const std::optional<bool> answered = answeredByIdempotency(userId, idempotent);
    if (!answered)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (*answered) {
        // IdempotentPost replays or refuses without calling the handler.
        return idempotentPost.run(userId, idempotent,
                                  [] { return JsonResponse::error(ApiErrorCode::Internal); });
    }

    const JsonBody body = JsonBody::read(request);
    if (!body.isValid())
        return body.errorResponse();
    JsonFieldReader fields(body.object());
    const std::optional<LinkRequest> linkRequest = LinkRequest::read(fields);
    if (!linkRequest)
        return fields.errorResponse();

    if (const std::optional<qint64> wait = m_limiter.retryAfter(userId))
        return JsonResponse::rateLimited(
            *wait, tr("Too many attempts to add an account. Try again later."));
    if (!CaptchaVerifier(m_context).consume(linkRequest->captchaId, linkRequest->captchaAnswer))
        return JsonResponse::error(ApiErrorCode::WrongCaptcha, u"captchaAnswer"_s);

    const Lookup<qint64> match = AccountMatcher(m_context.database()).match(*linkRequest);
    if (match.failed())
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!match.isFound()) {
        m_limiter.recordFailure(userId);
        return JsonResponse::error(
            ApiErrorCode::NoMatch, {},
            tr("The account, address, date and sum of the last payment do not match the "
               "operator's records."));
    }
    const qint64 accountId = match.value();
    return idempotentPost.run(userId, idempotent,
                              [this, userId, accountId] { return link(userId, accountId); });
}

QHttpServerResponse AccountLinkEndpoint::link(qint64 userId, qint64 accountId)
{
    PortalDatabase& database = m_context.database();
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return JsonResponse::error(ApiErrorCode::Internal);
    switch (AccountLinkRepository(database).link(userId, accountId)) {
    case AccountLinkRepository::LinkResult::Linked:
        break;
    case AccountLinkRepository::LinkResult::AlreadyLinked:
        return JsonResponse::error(ApiErrorCode::AlreadyLinked);
    case AccountLinkRepository::LinkResult::Failed:
        return JsonResponse::error(ApiErrorCode::Internal);
    }
    const std::optional<Period> lastClosed = ClosedPeriods::lastClosed(m_context);
    if (!lastClosed)
        return JsonResponse::error(ApiErrorCode::Internal);
    const Lookup<Account> account = AccountCards(database).card(accountId, *lastClosed);
    if (!account.isFound() || !transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    return JsonResponse::created(AccountJson::toJson(account.value()));
}
