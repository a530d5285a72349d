#include "ScreenshotRenderer.h"

#include "CabinetSession.h"
#include "DesktopApp.h"
#include "StdinPasswordReader.h"
#include "accounts/AccountCardPage.h"
#include "accounts/AccountListModel.h"
#include "accounts/HomePage.h"
#include "engine/SyncEngine.h"
#include "link/LinkAccountDialog.h"
#include "login/ActivationSentPage.h"
#include "login/LoginPage.h"
#include "login/SignInFlow.h"
#include "main/MainWindow.h"
#include "protocol/json/RegisteredUser.h"
#include "session/SessionManager.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

// Long enough for a sign-in and the first sync of the demo data on a slow machine.
constexpr int deadlineMs = 60000;
// For answers the screens ask the server for themselves (captcha, address lists) and layouts.
constexpr int settleMs = 800;
const QSize cabinetSize(1200, 800);

} // namespace

ScreenshotRenderer::ScreenshotRenderer(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadlineMs);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(tr("The screens were not ready within %1 s.").arg(deadlineMs / 1000)); });
}

ScreenshotRenderer::~ScreenshotRenderer() = default;

void ScreenshotRenderer::start()
{
    if (!m_scratch.isValid()) {
        fail(tr("No temporary folder: %1").arg(m_scratch.errorString()));
        return;
    }
    if (!QDir().mkpath(m_options.directory)) {
        fail(tr("Cannot create %1").arg(m_options.directory));
        return;
    }
    if (!m_options.passwordFromStdin) {
        begin();
        return;
    }
    m_passwordReader = std::make_unique<StdinPasswordReader>();
    connect(m_passwordReader.get(), &StdinPasswordReader::finished, this,
            [this](bool ok, const QString& password) {
                if (!ok) {
                    fail(tr("No password on standard input."));
                    return;
                }
                m_options.password = password;
                begin();
            });
    m_passwordReader->start(tr("Password for %1: ").arg(m_options.login));
}

void ScreenshotRenderer::begin()
{
    // The user's own settings (remembered server and login, window geometry) stay untouched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_scratch.filePath(u"settings"_s));

    m_deadline.start();
    m_app = std::make_unique<DesktopApp>();
    DesktopApp::Options options;
    options.server = m_options.server;
    options.caFile = m_options.caFile;
    options.cacheRoot = m_scratch.filePath(u"caches"_s);
    options.useKeychain = false;
    options.rememberSettings = false;
    if (!m_app->start(options)) {
        fail(m_app->errorText());
        return;
    }
    connect(m_app.get(), &DesktopApp::cabinetRefused, this, &ScreenshotRenderer::fail);
    // The size the window opens with: its largest screen (registration) fits.
    m_app->signInContainer()->adjustSize();
    after(settleMs, [this] { renderSignInScreens(); });
}

void ScreenshotRenderer::after(int milliseconds, std::function<void()> step)
{
    QTimer::singleShot(milliseconds, this, [this, step = std::move(step)] {
        if (!m_done)
            step();
    });
}

bool ScreenshotRenderer::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_options.directory).filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        fail(tr("Cannot write %1").arg(path));
        return false;
    }
    m_written.append(path);
    return true;
}

void ScreenshotRenderer::renderSignInScreens()
{
    SignInFlow* flow = m_app->signInWindow();
    QWidget* window = m_app->signInContainer();
    flow->showLogin();
    if (!save(window, u"login.png"_s))
        return;
    flow->showRegistration();
    after(settleMs, [this, flow, window] {
        if (!save(window, u"registration.png"_s))
            return;
        flow->showPasswordReset();
        after(settleMs, [this, flow, window] {
            if (!save(window, u"password-reset.png"_s))
                return;
            // What the user sees after registering (the registration itself would create a user).
            flow->activationSentPage()->setUser({u"Ivanov"_s, u"ivanov@example.org"_s});
            flow->setCurrentWidget(flow->activationSentPage());
            after(settleMs / 4, [this, flow, window] {
                if (!save(window, u"activation-sent.png"_s))
                    return;
                flow->showLogin();
                signIn();
            });
        });
    });
}

void ScreenshotRenderer::signIn()
{
    LoginPage* page = m_app->signInWindow()->loginPage();
    page->setLogin(m_options.login);
    page->findChild<QLineEdit*>(u"password"_s)->setText(m_options.password);
    m_options.password.clear(); // the form clears its copy once signed in
    connect(m_app.get(), &DesktopApp::cabinetOpened, this, &ScreenshotRenderer::waitForSync,
            Qt::SingleShotConnection);
    // A refused sign-in: say what the form says rather than wait for the deadline.
    connect(m_app->sessionManager(), &SessionManager::loginFinished, this,
            [this](const LoginOutcome& outcome) {
                if (!outcome.isSignedIn())
                    fail(tr("Signing in failed: %1").arg(outcome.userMessage()));
            });
    page->signIn();
}

void ScreenshotRenderer::waitForSync()
{
    SyncEngine& engine = m_app->cabinet()->engine();
    m_app->mainWindow()->resize(cabinetSize);
    auto check = [this, &engine] {
        if (!engine.isSyncing() && engine.lastSyncedAt().isValid()) {
            disconnect(&engine, nullptr, this, nullptr);
            // The reader reloads after the last page: give it a moment.
            after(settleMs, [this] { renderCabinet(); });
        }
    };
    connect(&engine, &SyncEngine::finished, this, check);
    connect(&engine, &SyncEngine::statusChanged, this, check);
}

void ScreenshotRenderer::renderCabinet()
{
    MainWindow* window = m_app->mainWindow();
    window->showSection(MainSection::Home);
    if (window->homePage()->model()->accounts().isEmpty()) {
        fail(tr("The cabinet shows no accounts after the sync."));
        return;
    }
    if (!save(window, u"home.png"_s))
        return;
    renderCard();
}

void ScreenshotRenderer::renderCard()
{
    MainWindow* window = m_app->mainWindow();
    const QList<Account> accounts = window->homePage()->model()->accounts();
    // Figure 6 of the manual when the demo data has it; the first account otherwise.
    qint64 id = accounts.first().id;
    for (const Account& account : accounts) {
        if (account.number == u"16616")
            id = account.id;
    }
    window->showAccount(id);
    after(settleMs, [this, window] {
        if (!save(window, u"account-card.png"_s))
            return;
        renderSections(0);
    });
}

void ScreenshotRenderer::renderSections(int index)
{
    // The sections of issue 6, each showing the account of the card rendered before.
    struct Shot
    {
        MainSection section;
        QString file;
    };
    static const QList<Shot> shots = {
        {MainSection::Charges, u"charges.png"_s},
        {MainSection::Payments, u"payments.png"_s},
        {MainSection::Building, u"building.png"_s},
        {MainSection::Organizations, u"organizations.png"_s},
        {MainSection::News, u"news.png"_s},
        {MainSection::Appeals, u"appeals.png"_s},
        {MainSection::MeterReadings, u"meter-readings.png"_s},
    };
    MainWindow* window = m_app->mainWindow();
    if (index == shots.size()) {
        window->showSection(MainSection::Home);
        renderLinkAccount();
        return;
    }
    const Shot& shot = shots.at(index);
    window->showSection(shot.section);
    if (window->currentSection() != shot.section) {
        fail(tr("The section for %1 could not be shown.").arg(shot.file));
        return;
    }
    after(settleMs, [this, window, index] {
        if (save(window, shots.at(index).file))
            renderSections(index + 1);
    });
}

void ScreenshotRenderer::renderLinkAccount()
{
    MainWindow* window = m_app->mainWindow();
    emit window->addAccountRequested();
    auto* dialog = window->findChild<LinkAccountDialog*>();
    if (!dialog) {
        fail(tr("«Add personal account» opened no dialog."));
        return;
    }
    after(settleMs * 2, [this, dialog] {
        if (!save(dialog, u"link-account.png"_s))
            return;
        dialog->reject();
        renderProfileAndOffline();
    });
}

void ScreenshotRenderer::renderProfileAndOffline()
{
    MainWindow* window = m_app->mainWindow();
    window->showSection(MainSection::Profile);
    after(settleMs, [this, window] {
        if (!save(window, u"profile.png"_s))
            return;
        window->showSection(MainSection::Home);
        window->setOffline(true, m_app->cabinet()->engine().lastSyncedAt());
        after(settleMs / 4, [this, window] {
            if (save(window, u"offline.png"_s))
                succeed();
        });
    });
}

void ScreenshotRenderer::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_errorText = message;
    emit finished(false);
}

void ScreenshotRenderer::succeed()
{
    m_done = true;
    m_deadline.stop();
    emit finished(true);
}
