#pragma once

#include "PortalReply.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

// A blocking HTTPS client for tests of the portal. It trusts the given CA certificates in
// addition to the system's (through QSslConfiguration; TLS errors are never ignored), and each
// call waits for the answer, at most timeoutMs, running the event loop meanwhile (so an
// in-process server keeps serving).
//
//     PortalClient client(QUrl(u"https://127.0.0.1:4443"_s), {caCertificate});
//     const PortalReply reply = client.post(u"/api/v1/sessions"_s, {{u"login"_s, u"demo"_s}});
//     QCOMPARE(reply.status, 201);
class PortalClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    PortalClient(const QUrl& baseUrl, const QList<QSslCertificate>& trustedCaCertificates);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The configuration every request uses: the system CAs plus the trusted ones.
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QNetworkAccessManager& network() { return m_network; }

    // path is absolute and may carry a query: u"/api/v1/sync?cursor=12"_s.
    PortalReply get(const QString& path, const Headers& headers = {});
    PortalReply post(const QString& path, const QJsonObject& body = {},
                     const Headers& headers = {});
    PortalReply put(const QString& path, const QJsonObject& body = {}, const Headers& headers = {});
    PortalReply patch(const QString& path, const QJsonObject& body = {},
                      const Headers& headers = {});
    // DELETE, with a JSON body only when one is given.
    PortalReply del(const QString& path, const std::optional<QJsonObject>& body = std::nullopt,
                    const Headers& headers = {});
    // Any method with any bytes (Content-Type application/json unless headers set one), for
    // malformed and oversize bodies.
    PortalReply send(const QByteArray& method, const QString& path,
                     const std::optional<QByteArray>& body, const Headers& headers = {});

    // {"Authorization", "Bearer <token>"}
    static Headers bearer(const QString& accessToken);

private:
    QNetworkRequest makeRequest(const QString& path, const Headers& headers, bool hasBody) const;
    PortalReply wait(QNetworkReply* reply);

    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    int m_timeoutMs = 15000;
};
