#pragma once

#include "PortalProcess.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class DesktopApp;

// The application of the tests that walk Kabinet's screens (tst_textfits, tst_taborder,
// tst_accessibility): the real kabinet-portal with its demo data, and a DesktopApp on it with its
// caches in a scratch folder, no keychain and no settings remembered.
class DemoDesktop
{
public:
    static constexpr int syncTimeoutMs = 60000;

    DemoDesktop();
    ~DemoDesktop();

    // Starts the portal and the application's sign-in screens; false with errorText() otherwise.
    bool start();
    QString errorText() const { return m_error; }

    DesktopApp& app() { return *m_app; }
    PortalProcess& portal() { return m_portal; }

    // Signs in as demo from the sign-in screens and waits for the cabinet and its first sync;
    // false with errorText() if either did not come within syncTimeoutMs.
    bool openSyncedCabinet();
    // Ends the application before the portal.
    void stop();

private:
    PortalProcess m_portal;
    QTemporaryDir m_scratch;
    std::unique_ptr<DesktopApp> m_app;
    QString m_error;
};
