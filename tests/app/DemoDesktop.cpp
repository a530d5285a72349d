#include "DemoDesktop.h"

#include "CabinetSession.h"
#include "DesktopApp.h"
#include "engine/SyncEngine.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

DemoDesktop::DemoDesktop() = default;

DemoDesktop::~DemoDesktop()
{
    stop();
}

bool DemoDesktop::start()
{
    if (!m_scratch.isValid()) {
        m_error = u"no scratch folder: "_s + m_scratch.errorString();
        return false;
    }
    if (!m_portal.start({u"--demo"_s})) {
        m_error = m_portal.errorString();
        return false;
    }
    m_app = std::make_unique<DesktopApp>();
    DesktopApp::Options options(m_portal.baseUrl(), m_portal.caPath());
    options.cacheRoot = m_scratch.filePath(u"caches"_s);
    options.useKeychain = false;
    options.rememberSettings = false;
    if (!m_app->start(options)) {
        m_error = m_app->errorText();
        return false;
    }
    return true;
}

bool DemoDesktop::openSyncedCabinet()
{
    LoginPage* page = m_app->signInWindow()->loginPage();
    page->setLogin(u"demo"_s);
    page->findChild<QLineEdit*>(u"password"_s)->setText(u"kapremont"_s);
    QSignalSpy opened(m_app.get(), &DesktopApp::cabinetOpened);
    page->signIn();
    if (!opened.wait(syncTimeoutMs)) {
        m_error = u"the cabinet did not open"_s;
        return false;
    }
    SyncEngine& engine = m_app->cabinet()->engine();
    if (!QTest::qWaitFor([&] { return !engine.isSyncing() && engine.lastSyncedAt().isValid(); },
                         syncTimeoutMs)) {
        m_error = u"the first sync did not end"_s;
        return false;
    }
    return true;
}

void DemoDesktop::stop()
{
    m_app.reset();
}
