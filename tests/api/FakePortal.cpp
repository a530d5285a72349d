#include "FakePortal.h"

#include "TestCertificates.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

FakeRequest parse(const QByteArray& raw)
{
    FakeRequest request;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    request.body = raw.mid(headEnd + 4);
    return request;
}

} // namespace

QString FakeRequest::bearer() const
{
    const QByteArray value = header("Authorization");
    return value.startsWith("Bearer ") ? QString::fromLatin1(value.mid(7)) : QString();
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakePortal::FakePortal(QObject* parent)
    : QObject(parent)
    , m_ca(TestCertificates::makeCa(u"Fake portal CA"_s))
    , m_server(TestCertificates::makeServer(m_ca, TestCertificates::loopbackNames()))
{
    m_handler = [](const FakeRequest&) {
        return error(404, u"not_found"_s);
    };
    m_server.setResponder([this](QSslSocket& socket, const QByteArray& raw) {
        const FakeRequest request = parse(raw);
        m_requests.append(request);
        respond(socket, m_handler(request));
    });
}

FakePortal::~FakePortal() = default;

TlsTrust FakePortal::trust() const
{
    TlsTrust trust;
    trust.addCaCertificates({m_ca.certificate});
    return trust;
}

int FakePortal::countOf(const QByteArray& method, const QString& path) const
{
    int count = 0;
    for (const FakeRequest& request : m_requests)
        count += request.method == method && request.path == path ? 1 : 0;
    return count;
}

void FakePortal::respond(QSslSocket& socket, const QByteArray& raw)
{
    if (raw.isEmpty())
        m_held.append(&socket);
    else
        socket.write(raw);
}

bool FakePortal::release(const QByteArray& raw)
{
    while (!m_held.isEmpty()) {
        const QPointer<QSslSocket> socket = m_held.takeFirst();
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(raw);
            return true;
        }
    }
    return false;
}

QByteArray FakePortal::json(int status, const QJsonObject& body)
{
    return ScriptedHttpsServer::jsonAnswer(status, body);
}

QByteArray FakePortal::noContent()
{
    return ScriptedHttpsServer::answer(204, QByteArray());
}

QByteArray FakePortal::error(int status, const QString& code, const QString& field)
{
    return json(status,
                {{u"error"_s, code},
                 {u"field"_s, field.isEmpty() ? QJsonValue() : QJsonValue(field)},
                 {u"message"_s, u"scripted"_s}});
}
