#include "DesktopApp.h"

#include "CabinetSession.h"
#include "cache/CacheLocation.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "net/ApiTransport.h"
#include "net/TlsTrust.h"
#include "session/SessionManager.h"

#include <QFile>
#include <QMessageBox>

DesktopApp::DesktopApp(QObject* parent)
    : QObject(parent)
{ }

DesktopApp::~DesktopApp()
{
    // The cabinet's threads read and write the cache; they stop before the session goes.
    m_cabinet.reset();
    m_main.reset();
}

bool DesktopApp::start(const Options& options)
{
    m_options = options;
    if (!options.server.isValid() || options.server.scheme() != u"https") {
        m_errorText = tr("No operator's server is set: start Kabinet with --server https://…");
        return false;
    }
    const TlsTrust::LoadResult trust = TlsTrust::load(options.caFile, QString());
    if (!trust.ok()) {
        m_errorText = trust.message;
        return false;
    }
    m_transport = std::make_unique<ApiTransport>(options.server, *trust.trust);
    m_session = std::make_unique<SessionManager>(*m_transport);
    connect(m_session.get(), &SessionManager::sessionEnded, this, &DesktopApp::closeCabinet);

    m_signIn = std::make_unique<SignInFlow>(*m_session);
    m_signIn->setWindowTitle(tr("Kabinet — sign in"));
    m_signIn->setOfflineUnlockCheck([this](const QString& login) {
        return QFile::exists(CacheLocation::forUser(m_options.server, login).keyFilePath());
    });
    connect(m_signIn.get(), &SignInFlow::signedIn, this,
            [this](const QString& login, const QString& password, bool) {
                openCabinet(login, password, false);
            });
    connect(m_signIn.get(), &SignInFlow::offlineUnlockRequested, this,
            [this](const QString& login, const QString& password) {
                openCabinet(login, password, true);
            });
    m_signIn->show();
    return true;
}

void DesktopApp::openCabinet(const QString& login, const QString& password, bool offline)
{
    if (m_unlocker && m_unlocker->isBusy())
        return;
    m_login = login;
    m_offline = offline;
    m_unlocker = std::make_unique<CacheUnlocker>(CacheLocation::forUser(m_options.server, login),
                                                 &m_keychain);
    connect(m_unlocker.get(), &CacheUnlocker::finished, this, &DesktopApp::onCacheOpened);
    // Online the server has just accepted the password: a first sign-in creates the cache.
    if (offline)
        m_unlocker->unlockWithPassword(password);
    else
        m_unlocker->openWithPassword(password);
}

void DesktopApp::onCacheOpened(const CacheUnlocker::Outcome& outcome)
{
    if (!outcome.ok()) {
        const QString message = CacheVault::errorText(outcome.error);
        emit cabinetRefused(message);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Kabinet"),
                                    tr("The saved data cannot be opened: %1").arg(message),
                                    QMessageBox::Ok, m_signIn.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_main = std::make_unique<MainWindow>();
    m_main->setLogin(m_login);
    connect(m_main.get(), &MainWindow::signOutRequested, this, &DesktopApp::signOut);
    m_cabinet = std::make_unique<CabinetSession>(
        m_session->api(), m_unlocker->location().databasePath(), *outcome.key, *m_main);
    m_cabinet->start(!m_offline);
    m_main->show();
    m_signIn->hide();
    emit cabinetOpened(m_offline);
}

void DesktopApp::signOut()
{
    if (m_session->hasSession())
        m_session->logOut();
    closeCabinet();
}

void DesktopApp::closeCabinet()
{
    if (!m_main)
        return;
    m_cabinet.reset();
    m_main->hide();
    // Not now: this may run inside one of the window's own signals.
    m_main.release()->deleteLater();
    m_signIn->showLogin(m_login);
    m_signIn->show();
}
