#include "idempotency/StoredAnswer.h"

#include <QList>

namespace {
const QByteArray contentTypeHeader = QByteArrayLiteral("Content-Type");
} // namespace

StoredAnswer StoredAnswer::fromResponse(const QHttpServerResponse& response)
{
    StoredAnswer answer;
    answer.status = static_cast<int>(response.statusCode());
    const QList<QByteArray> types = response.headers(contentTypeHeader);
    if (!types.isEmpty())
        answer.contentType = types.constFirst();
    answer.body = response.data();
    return answer;
}

QHttpServerResponse StoredAnswer::toReplayResponse() const
{
    const auto code = static_cast<QHttpServerResponse::StatusCode>(status);
    QHttpServerResponse response = contentType.isEmpty()
        ? QHttpServerResponse(body, code)
        : QHttpServerResponse(contentType, body, code);
    if (contentType.isEmpty())
        response.clearHeader(contentTypeHeader);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(replayedHeader(), QByteArrayLiteral("true"));
    return response;
}

QByteArray StoredAnswer::replayedHeader()
{
    return QByteArrayLiteral("Idempotent-Replayed");
}
