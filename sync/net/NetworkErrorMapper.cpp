#include "net/NetworkErrorMapper.h"

bool NetworkErrorMapper::isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 201 && code <= 299) || (code >= 401 && code <= 499);
}

ApiError::Kind NetworkErrorMapper::kind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownProxyError:
        return ApiError::Kind::NoNetwork;
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::Kind::ConnectionLost;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::TlsFailure;
    case QNetworkReply::ProtocolFailure:
        return ApiError::Kind::MalformedResponse;
    default:
        return ApiError::Kind::Other;
    }
}
