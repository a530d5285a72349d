#include "outbox/OutboxRound.h"

using namespace Qt::Literals::StringLiterals;

bool OutboxRound::refusesForGood(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::BadRequest:
        return true;
    default:
        return false;
    }
}

OutboxRound::End OutboxRound::endFor(const ApiError& error)
{
    if (error.isRetryable())
        return End::Offline;
    if (error.kind == ApiError::Kind::Unauthorized)
        return End::SessionEnded;
    return End::Stopped;
}

QString OutboxRound::endName(End end)
{
    switch (end) {
    case End::Drained:
        return u"Drained"_s;
    case End::Offline:
        return u"Offline"_s;
    case End::SessionEnded:
        return u"SessionEnded"_s;
    case End::Stopped:
        return u"Stopped"_s;
    }
    return u"?"_s;
}
