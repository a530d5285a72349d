#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>

// What a PortalClient request got back.
struct PortalReply
{
    // The HTTP status; 0 when no HTTP answer came (TLS failure, refused, timeout).
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;

    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The body parsed, when it is a JSON object (isJson), else empty.
    QJsonObject json;
    bool isJson = false;
    // The certificate the server presented.
    QSslCertificate peerCertificate;

    // The value of a header, names compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
    // json["error"], the error code of an error answer.
    QString errorCode() const;
    // json["field"] of an error answer; empty for null.
    QString errorField() const;
};
