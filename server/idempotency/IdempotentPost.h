#pragma once

#include <QCoreApplication>
#include <QHttpServerResponse>

#include <functional>
#include <optional>

class PortalContext;
class PortalDatabase;
class QHttpServerRequest;
struct IdempotentRequest;

// Makes a POST that creates something idempotent (docs/api.md, "Idempotency"). A handler
// authenticates first and then hands the rest of its work to run():
//
//     const std::optional<qint64> userId = m_authenticator.userId(request);
//     if (!userId)
//         return JsonResponse::error(ApiErrorCode::Unauthorized);
//     return IdempotentPost(context).run(*userId, request, [&] {
//         // parse, validate, and create in a SqlTransaction of its own, as without a key
//         return JsonResponse::created(appealJson);
//     });
//
// With an Idempotency-Key header, run():
// - answers 422 invalid (field "Idempotency-Key") to a key that is not 1–64 of [A-Za-z0-9_-]
//   (or to more than one such header), without calling the handler;
// - replays the stored answer (status, content type, body; plus "Idempotent-Replayed: true")
//   when this user sent this key with the same method, path and body within 24 hours, without
//   calling the handler;
// - answers 409 idempotency_conflict when the key came with another request;
// - otherwise calls the handler inside a transaction and stores its answer in the same
//   transaction, so that a crash can never leave a created thing without its stored answer (a
//   retry would create it twice). Only 2xx answers are stored; any other answer rolls the
//   transaction back, undoing whatever the handler wrote, and the client may retry the key.
// The handler's own SqlTransaction nests inside (a savepoint), so the handler is written the same
// whether or not a key came. Without the header the handler simply runs.
// Expired records are purged whenever a new one is stored.
class IdempotentPost
{
    Q_DECLARE_TR_FUNCTIONS(IdempotentPost)

public:
    using Handler = std::function<QHttpServerResponse()>;

    // Creates the table of remembered answers (IdempotencyStore); call it in prepare() of every
    // module that uses IdempotentPost.
    static bool ensureSchema(PortalDatabase& database);

    explicit IdempotentPost(PortalContext& context);

    QHttpServerResponse run(qint64 userId, const QHttpServerRequest& request,
                            const Handler& handler);
    // The same for a request already taken apart (tests use this).
    QHttpServerResponse run(qint64 userId, const IdempotentRequest& request,
                            const Handler& handler);

    // The answer run() would give without calling a handler (422 for a bad key, a replay, 409
    // for a conflict, 500 on a database error), std::nullopt when it would call it. For a
    // handler with effects that must outlast an error answer (spending a captcha, counting a
    // failed attempt): those cannot happen inside run(), whose rollback would undo them, so such
    // a handler asks here first, then does them, then calls run() for the rest.
    std::optional<QHttpServerResponse> answerWithoutHandler(qint64 userId,
                                                            const IdempotentRequest& request);

private:
    PortalContext& m_context;
};
