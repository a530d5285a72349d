#pragma once

#include "net/ApiError.h"

#include <QNetworkReply>

// Turns Qt's network errors into ApiError kinds. Qt reports HTTP error statuses (404, 503, …) as
// network errors too; those are no transport failure, and the answer itself decides
// (HttpAnswerMapper), so isHttpStatusError() tells them apart.
class NetworkErrorMapper
{
public:
    NetworkErrorMapper() = delete;

    // Whether error only restates an HTTP status that did arrive (Qt's "content" and "server"
    // error ranges).
    static bool isHttpStatusError(QNetworkReply::NetworkError error);
    // The kind of a transport failure. OperationCanceledError comes out as Cancelled: ApiCall
    // knows whether its own timeout, size cap or pin check was the one that cancelled.
    static ApiError::Kind kind(QNetworkReply::NetworkError error);
};
