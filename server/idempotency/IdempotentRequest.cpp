#include "idempotency/IdempotentRequest.h"

#include "http/RouteTable.h"
#include "idempotency/IdempotencyKey.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QUrl>

namespace {
void addField(QCryptographicHash& hash, QByteArrayView field)
{
    QByteArray length = QByteArray::number(field.size());
    length.append(':');
    hash.addData(length);
    hash.addData(field);
}
} // namespace

IdempotentRequest IdempotentRequest::fromHttpRequest(const QHttpServerRequest& request)
{
    IdempotentRequest result;
    const QByteArray header = IdempotencyKey::headerName();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            result.keyHeaders.append(value);
    }
    result.method = RouteTable::methodName(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        result.path += u'?' + url.query(QUrl::FullyEncoded);
    result.body = request.body();
    return result;
}

QByteArray IdempotentRequest::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, method);
    addField(hash, path.toUtf8());
    addField(hash, body);
    return hash.result();
}
