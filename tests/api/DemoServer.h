#pragma once

#include "PortalProcess.h"
#include "net/TlsTrust.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

// The real kabinet-portal with its demo data, for the client's API and session tests: started on
// loopback with --dev-tls, --demo and a known captcha answer, its clock fixed at demoNow() (the
// last closed period is then 2024-09) and moved only by the test.
class DemoServer
{
public:
    // 2024-10-15T10:00:00Z.
    static QDateTime demoNow();
    // Every captcha's answer.
    static QString captchaAnswer();

    bool start(const QStringList& extraArguments = {});
    QString errorString() const { return m_portal.errorString(); }

    // The server's "now"; advance() moves it forward.
    QDateTime now() const { return m_now; }
    bool advance(std::chrono::seconds by);

    PortalProcess& portal() { return m_portal; }
    QUrl baseUrl() const { return m_portal.baseUrl(); }
    // The system's CAs plus the server's development CA.
    TlsTrust trust() const;

private:
    PortalProcess m_portal;
    QDateTime m_now = demoNow();
};
