#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QHttpServerRequest;

// Path and query parameters.
//
// Routes capture path parts with "<arg>" into the handler's leading arguments. Capture ids as
// QString and parse them here, so that "/accounts/abc" or an id too large for qint64 is a clean
// 404 not_found instead of a silent 0:
//
//     router.route(Method::Get, u"/api/v1/accounts/<arg>"_s,
//                  [](const QString& idText, const QHttpServerRequest& request) {
//                      const std::optional<qint64> id = RequestParameters::id(idText);
//                      if (!id)
//                          return JsonResponse::error(ApiErrorCode::NotFound);
//                      ...
//                  });
class RequestParameters
{
public:
    // A server-assigned id: decimal digits without sign or leading zero, 1 to 2^53 - 1.
    static std::optional<qint64> id(QStringView text);
    // The decoded value of a query parameter ("?from=2014-01"), nullopt when absent.
    static std::optional<QString> query(const QHttpServerRequest& request, const QString& key);
};
