#pragma once

#include "ScriptedHttpsServer.h"
#include "net/TlsTrust.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// One request as FakePortal received it.
struct FakeRequest
{
    QByteArray method;
    QString path; // "/api/v1/accounts/3/charges", decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // The token of "Authorization: Bearer …", empty without one.
    QString bearer() const;
    QJsonObject json() const;
};

// An HTTPS server in the test's thread that answers as the test's handler says, for what the real
// portal does not do on demand: a refresh that fails with 503, a malformed answer, an answer that
// comes only when the test releases it. It trusts nothing and checks nothing; it records every
// request.
class FakePortal : public QObject
{
    Q_OBJECT

public:
    // The raw HTTP answer to a request; an empty one holds the request until release().
    using Handler = std::function<QByteArray(const FakeRequest&)>;

    explicit FakePortal(QObject* parent = nullptr);
    ~FakePortal() override;

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    // Trusts this server's test CA.
    TlsTrust trust() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest>& requests() const { return m_requests; }
    int countOf(const QByteArray& method, const QString& path) const;

    int heldCount() const { return int(m_held.size()); }
    // Answers the oldest held request with raw.
    bool release(const QByteArray& raw);

    static QByteArray json(int status, const QJsonObject& body);
    static QByteArray noContent();
    // An error answer of docs/api.md: {"error": code, "field", "message"}.
    static QByteArray error(int status, const QString& code, const QString& field = {});

private:
    void respond(QSslSocket& socket, const QByteArray& raw);

    TestIdentity m_ca;
    ScriptedHttpsServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QList<QPointer<QSslSocket>> m_held;
};
