#include "idempotency/IdempotentPost.h"

#include "core/Clock.h"
#include "core/PortalContext.h"
#include "http/JsonResponse.h"
#include "idempotency/IdempotencyKey.h"
#include "idempotency/IdempotencyStore.h"
#include "idempotency/IdempotentRequest.h"
#include "storage/SqlTransaction.h"

#include <QHttpServerRequest>

bool IdempotentPost::ensureSchema(PortalDatabase& database)
{
    return IdempotencyStore::ensureSchema(database);
}

IdempotentPost::IdempotentPost(PortalContext& context)
    : m_context(context)
{ }

QHttpServerResponse IdempotentPost::run(qint64 userId, const QHttpServerRequest& request,
                                        const Handler& handler)
{
    return run(userId, IdempotentRequest::fromHttpRequest(request), handler);
}

QHttpServerResponse IdempotentPost::run(qint64 userId, const IdempotentRequest& request,
                                        const Handler& handler)
{
    if (request.keyHeaders.isEmpty())
        return handler();
    SqlTransaction transaction(m_context.database());
    if (!transaction.isActive())
        return JsonResponse::error(ApiErrorCode::Internal);
    if (std::optional<QHttpServerResponse> answer = answerWithoutHandler(userId, request))
        return std::move(*answer);

    QHttpServerResponse response = handler();
    IdempotencyRecord record;
    record.answer = StoredAnswer::fromResponse(response);
    if (!record.answer.isSuccess())
        return response; // the transaction rolls back whatever the handler left behind
    const qint64 now = m_context.clock().nowSecsSinceEpoch();
    record.userId = userId;
    record.key = QString::fromLatin1(request.keyHeaders.constFirst());
    record.fingerprint = request.fingerprint();
    record.createdAtSecs = now;
    IdempotencyStore store(m_context.database());
    if (!store.purgeExpired(now) || !store.save(record) || !transaction.commit())
        return JsonResponse::error(ApiErrorCode::Internal);
    return response;
}

std::optional<QHttpServerResponse>
IdempotentPost::answerWithoutHandler(qint64 userId, const IdempotentRequest& request)
{
    if (request.keyHeaders.isEmpty())
        return std::nullopt;
    const QString field = QString::fromLatin1(IdempotencyKey::headerName());
    if (request.keyHeaders.size() > 1)
        return JsonResponse::error(ApiErrorCode::Invalid, field,
                                   tr("Send one Idempotency-Key header at most."));
    const QByteArray& key = request.keyHeaders.constFirst();
    if (!IdempotencyKey::isValid(key))
        return JsonResponse::error(
            ApiErrorCode::Invalid, field,
            tr("The Idempotency-Key must be 1 to 64 Latin letters, digits, '-' or '_'."));

    const IdempotencyStore::Lookup lookup =
        IdempotencyStore(m_context.database())
            .find(userId, QString::fromLatin1(key), m_context.clock().nowSecsSinceEpoch());
    if (!lookup.ok)
        return JsonResponse::error(ApiErrorCode::Internal);
    if (!lookup.record)
        return std::nullopt;
    if (lookup.record->fingerprint != request.fingerprint())
        return JsonResponse::error(
            ApiErrorCode::IdempotencyConflict, field,
            tr("This Idempotency-Key was already used for a different request."));
    return lookup.record->answer.toReplayResponse();
}
