#include "PortalClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace {
QByteArray jsonBytes(const QJsonObject& body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

PortalClient::PortalClient(const QUrl& baseUrl, const QList<QSslCertificate>& trustedCaCertificates)
    : m_baseUrl(baseUrl)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!trustedCaCertificates.isEmpty())
        m_ssl.addCaCertificates(trustedCaCertificates);
}

PortalReply PortalClient::get(const QString& path, const Headers& headers)
{
    return send(QByteArrayLiteral("GET"), path, std::nullopt, headers);
}

PortalReply PortalClient::post(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send(QByteArrayLiteral("POST"), path, jsonBytes(body), headers);
}

PortalReply PortalClient::put(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send(QByteArrayLiteral("PUT"), path, jsonBytes(body), headers);
}

PortalReply PortalClient::patch(const QString& path, const QJsonObject& body,
                                const Headers& headers)
{
    return send(QByteArrayLiteral("PATCH"), path, jsonBytes(body), headers);
}

PortalReply PortalClient::del(const QString& path, const std::optional<QJsonObject>& body,
                              const Headers& headers)
{
    return send(QByteArrayLiteral("DELETE"), path,
                body ? std::optional<QByteArray>(jsonBytes(*body)) : std::nullopt, headers);
}

PortalReply PortalClient::send(const QByteArray& method, const QString& path,
                               const std::optional<QByteArray>& body, const Headers& headers)
{
    const QNetworkRequest request = makeRequest(path, headers, body.has_value());
    QNetworkReply* reply = nullptr;
    if (method == "GET" && !body)
        reply = m_network.get(request);
    else if (body)
        reply = m_network.sendCustomRequest(request, method, *body);
    else
        reply = m_network.sendCustomRequest(request, method);
    return wait(reply);
}

PortalClient::Headers PortalClient::bearer(const QString& accessToken)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()}};
}

QNetworkRequest PortalClient::makeRequest(const QString& path, const Headers& headers,
                                          bool hasBody) const
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

PortalReply PortalClient::wait(QNetworkReply* reply)
{
    PortalReply result;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    if (!reply->isFinished()) {
        timer.start(m_timeoutMs);
        loop.exec();
    }

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.peerCertificate = reply->sslConfiguration().peerCertificate();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.isJson = document.isObject();
    result.json = document.object();
    reply->deleteLater();
    return result;
}
