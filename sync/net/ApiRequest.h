#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

// One API request as the sync engine describes it; ApiTransport turns it into HTTP.
//
//     ApiRequest request = ApiRequest::post(u"/accounts"_s, body);
//     request.bearerToken = tokens.accessToken;
//     request.idempotencyKey = outboxItem.key;
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Under /api/v1, starting with '/': u"/accounts/3/charges"_s. No query here.
    QString path;
    QUrlQuery query;
    // Sent as compact JSON with Content-Type application/json when set.
    std::optional<QJsonObject> body;
    // Authorization: Bearer <token> when not empty.
    QString bearerToken;
    // Idempotency-Key when not empty (docs/api.md, "Idempotency").
    QString idempotencyKey;
    // The transport's timeout when not set (see ApiTransport::setTimeout).
    std::optional<std::chrono::milliseconds> timeout;

    static ApiRequest get(const QString& path, const QUrlQuery& query = {});
    static ApiRequest post(const QString& path, const QJsonObject& body);
    static ApiRequest put(const QString& path, const QJsonObject& body);
    static ApiRequest patch(const QString& path, const QJsonObject& body);
    static ApiRequest del(const QString& path, const std::optional<QJsonObject>& body = {});

    // Why this request cannot be sent (a path that is not a plain absolute path, a token or key
    // that could not travel in a header), or empty. Checked by ApiTransport before sending.
    QString problem() const;
    // The full URL under base (which may carry a path prefix: https://host/portal).
    QUrl url(const QUrl& base) const;
    // What the log may show: "/api/v1/accounts/3/charges?from&to" — the path and the names of
    // the query items, never their values (a prefix search may be a name or an address).
    QString logTarget() const;
};
