#pragma once

#include "accounts/AccountGate.h"
#include "accounts/LinkAttemptLimiter.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class PortalContext;
class PortalRouter;
class QHttpServerRequest;
struct IdempotentRequest;

// POST /api/v1/accounts (docs/api.md, "Accounts"): links an account to the user when the flat,
// the number and the date and sum of its last payment all match the operator's records.
// In order: 401; a retry with a stored Idempotency-Key answer is replayed; 400/422 for the body;
// 429 rate_limited after LinkAttemptLimiter::maxFailures mismatches within the hour; 422
// wrong_captcha; 422 no_match (one answer for every mismatch; it counts as a failure); 409
// already_linked; 201 with the account.
//
// The captcha is spent outside IdempotentPost's transaction on purpose: IdempotentPost rolls back
// everything a handler wrote when it answers an error, and that would put a wrongly answered
// captcha back into play. So only the link itself runs inside IdempotentPost::run(), and a
// request whose key already has an answer is replayed before the captcha is looked at.
class AccountLinkEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(AccountLinkEndpoint)

public:
    explicit AccountLinkEndpoint(PortalContext& context);

    void registerRoutes(PortalRouter& router);

private:
    QHttpServerResponse post(const QHttpServerRequest& request);
    // Whether IdempotentPost answers this request by itself (a replay, a conflict or a bad
    // key) without calling a handler; std::nullopt on a database error.
    std::optional<bool> answeredByIdempotency(qint64 userId, const IdempotentRequest& request);
    QHttpServerResponse link(qint64 userId, qint64 accountId);

    PortalContext& m_context;
    AccountGate m_gate;
    LinkAttemptLimiter m_limiter;
};
