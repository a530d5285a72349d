#pragma once

// Shared by the sign-in screens' tests: a client of the demo portal (what the application builds
// at start-up), the e-mails the portal wrote, and screenshots to look at.

#include "DemoServer.h"
#include "net/ApiTransport.h"
#include "session/SessionManager.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <chrono>

// A SessionManager with a transport of its own, trusting the demo portal's CA.
struct SignInClient
{
    SignInClient(const QUrl& server, const TlsTrust& trust)
        : transport(server, trust)
        , manager(transport)
    {
        using namespace std::chrono_literals;
        transport.setTimeout(5s);
        manager.setKeychainTimeout(2s);
    }

    ApiTransport transport;
    SessionManager manager;
};

class SignInTestKit
{
public:
    SignInTestKit() = delete;

    // No keychain: the session bus address points at a socket that does not exist, so signing in
    // goes on unremembered at once and no test touches the developer's keyring. Call before any
    // D-Bus use.
    static void useNoKeychain(const QTemporaryDir& dir)
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(dir.path()) + "/no-bus");
    }

    // Types text into widget key by key, Cyrillic too (QTest::keyClicks() knows only ASCII).
    static void type(QWidget* widget, const QString& text)
    {
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    // The e-mails the portal has written so far (DATA/mail/*.eml).
    static QStringList mails(DemoServer& server)
    {
        return QDir(server.portal().dataDir() + QStringLiteral("/mail"))
            .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    }

    // Renders widget to NAME.png in $KABINET_SCREENSHOT_DIR when set (to look at them), else in a
    // temporary directory; returns the path, empty when it could not be written.
    static QString screenshot(QWidget& widget, const QString& name)
    {
        static QTemporaryDir fallback;
        const QString dir = qEnvironmentVariableIsSet("KABINET_SCREENSHOT_DIR")
            ? qEnvironmentVariable("KABINET_SCREENSHOT_DIR")
            : fallback.path();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        const QImage image = widget.grab().toImage();
        return !image.isNull() && image.save(path) ? path : QString();
    }
};
