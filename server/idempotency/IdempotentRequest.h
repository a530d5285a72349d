#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QHttpServerRequest;

// What IdempotentPost needs of a request: the Idempotency-Key header(s) and what identifies the
// request's content. A value of its own so that the idempotency logic can be tested without a
// QHttpServerRequest (which only Qt's server can make).
struct IdempotentRequest
{
    // Every Idempotency-Key header of the request, in order; empty when there is none.
    QList<QByteArray> keyHeaders;
    QByteArray method; // "POST"
    QString path; // "/api/v1/appeals", with the query (if any) after '?'
    QByteArray body;

    static IdempotentRequest fromHttpRequest(const QHttpServerRequest& request);

    // SHA-256 over the method, the path and the body (each length-prefixed, so that no two
    // different requests give the same input): "the same request" for a repeated key.
    QByteArray fingerprint() const;
};
