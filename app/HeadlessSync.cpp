#include "HeadlessSync.h"

#include "AppSettings.h"
#include "engine/AuthorizedPageSource.h"
#include "engine/SyncEngine.h"
#include "net/ApiTransport.h"
#include "net/TlsTrust.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

void printLine(FILE* stream, const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// The sign-out at the end of an unremembered session is a courtesy to the server: never wait
// long for it.
constexpr std::chrono::milliseconds logOutTimeout = 10s;

} // namespace

HeadlessSync::HeadlessSync(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_passwordReader, &StdinPasswordReader::finished, this, &HeadlessSync::onPassword);
}

HeadlessSync::~HeadlessSync()
{
    // The engine (and its thread) goes before the session it fetches through.
    m_engine.reset();
    m_pages.reset();
}

int HeadlessSync::run()
{
    // The CA file is small and read before the event loop starts, so nothing waits for it.
    const TlsTrust::LoadResult trust = TlsTrust::load(m_options.caFile, QString());
    if (!trust.ok()) {
        printLine(stderr, u"kabinet: "_s + trust.message + u" [CaFile]"_s);
        return int(SyncExitCode::Tls);
    }
    m_transport = std::make_unique<ApiTransport>(m_options.server, *trust.trust);
    m_session = std::make_unique<SessionManager>(*m_transport);
    connect(m_session.get(), &SessionManager::loginFinished, this, &HeadlessSync::onSignedIn);
    connect(m_session.get(), &SessionManager::resumeFinished, this, &HeadlessSync::onSignedIn);
    m_unlocker = std::make_unique<CacheUnlocker>(
        CacheLocation::forUser(m_options.server, m_options.login), &m_keychain);
    connect(m_unlocker.get(), &CacheUnlocker::finished, this, &HeadlessSync::onCacheKey);

    connect(this, &HeadlessSync::done, QCoreApplication::instance(), &QCoreApplication::exit,
            Qt::QueuedConnection);
    QTimer::singleShot(0, this, &HeadlessSync::start);
    return QCoreApplication::exec();
}

void HeadlessSync::start()
{
    if (m_options.passwordFromStdin) {
        m_passwordReader.start(tr("Password for %1: ").arg(m_options.login));
        return;
    }
    m_session->resume(m_options.login);
}

void HeadlessSync::onPassword(bool ok, const QString& password)
{
    if (!ok) {
        fail(SyncExitCode::Usage,
             tr("--password-stdin was given, but standard input ended without a password."));
        return;
    }
    if (password.isEmpty()) {
        fail(SyncExitCode::Usage, tr("The password read from standard input is empty."));
        return;
    }
    m_password = password;
    m_session->logIn(LoginCredentials {m_options.login, password, {}, {}}, m_options.remember);
}

void HeadlessSync::onSignedIn(const LoginOutcome& outcome)
{
    if (!outcome.isSignedIn()) {
        QString message;
        switch (outcome.status()) {
        case LoginOutcome::Status::InvalidCredentials:
            message = tr("The server refused the login or the password.");
            break;
        case LoginOutcome::Status::CaptchaRequired:
        case LoginOutcome::Status::WrongCaptcha:
            message = tr("After failed sign-ins the server asks for a captcha: sign in once in the "
                         "window, then run again.");
            break;
        case LoginOutcome::Status::NotRemembered:
            message = tr("No session of %1 is remembered for this server: give the password with "
                         "--password-stdin (and --remember to keep the session).")
                          .arg(m_options.login);
            break;
        case LoginOutcome::Status::SessionExpired:
            message = tr("The remembered session has ended: sign in again with --password-stdin.");
            break;
        default:
            message = outcome.error().userMessage();
            if (outcome.status() == LoginOutcome::Status::AccountInactive
                || outcome.status() == LoginOutcome::Status::RateLimited)
                message = outcome.userMessage();
            break;
        }
        QString detail = LoginOutcome::statusName(outcome.status());
        if (outcome.status() == LoginOutcome::Status::NotRemembered)
            detail += u' ' + Keychain::statusText(outcome.keychainStatus());
        else
            detail += u": "_s + outcome.error().describe();
        fail(exitCodeFor(outcome), message, detail);
        return;
    }
    m_signedIn = true;
    if (m_options.remember && !m_session->remembersSession())
        warn(tr("The session could not be remembered: the system keychain is not available."));
    // Signed in with the password: remembered or forgotten as asked. A resumed session stays as
    // it was remembered (later runs need not repeat --remember).
    if (!m_password.isEmpty())
        rememberInSettings(m_options.remember && m_session->remembersSession());
    unlockCache();
}

void HeadlessSync::rememberInSettings(bool remembered)
{
    // As a sign-in in the window with «Запомнить?» ticked or not: the window then opens this user
    // without the password (or no longer does), and --export-receipt and --export-statement find
    // the data. The CA path is made absolute, since the next run may start in another folder.
    AppSettings settings;
    if (!remembered) {
        // The session was just forgotten (SessionManager::logIn without remember).
        if (settings.server() == m_options.server && settings.rememberedLogin() == m_options.login)
            settings.forgetRememberedLogin();
        return;
    }
    // A pin belongs to the server it was set for.
    if (settings.server() != m_options.server)
        settings.setPin({});
    settings.setServer(m_options.server,
                       m_options.caFile.isEmpty() ? QString()
                                                  : QFileInfo(m_options.caFile).absoluteFilePath());
    settings.setRememberedLogin(m_options.login);
}

void HeadlessSync::unlockCache()
{
    if (!m_password.isEmpty())
        m_unlocker->openWithPassword(m_password);
    else
        m_unlocker->unlockWithKeychain();
}

void HeadlessSync::onCacheKey(const CacheUnlocker::Outcome& outcome)
{
    if (outcome.ok()) {
        m_password.clear();
        startSync(*outcome.key);
        return;
    }
    const QString detail = u"Cache "_s + CacheUnlocker::errorName(outcome.error);
    if (!m_password.isEmpty() && outcome.error == CacheVault::Error::WrongPassword
        && !m_triedKeychainAfterPassword) {
        // The server took the password, the key file did not: the password was changed
        // elsewhere. The keychain may still hold the key; if so it is wrapped with the new
        // password at once, so that the password alone opens the data again (offline, say).
        m_triedKeychainAfterPassword = true;
        const QString password = std::exchange(m_password, QString());
        m_unlocker->rewrapRememberedKey(password);
        return;
    }
    m_password.clear();
    switch (outcome.error) {
    case CacheVault::Error::NoCache:
        fail(SyncExitCode::PasswordNeeded,
             tr("There is no saved data of %1 on this computer yet: sign in once with "
                "--password-stdin to create it.")
                 .arg(m_options.login),
             detail);
        return;
    case CacheVault::Error::NotRemembered:
    case CacheVault::Error::KeychainUnavailable:
        if (m_triedKeychainAfterPassword)
            break;
        fail(SyncExitCode::PasswordNeeded,
             tr("The key of the saved data is not in the system keychain: give the password "
                "with --password-stdin."),
             detail);
        return;
    default:
        break;
    }
    if (m_triedKeychainAfterPassword) {
        fail(SyncExitCode::Cache,
             tr("The password does not open the saved data on this computer (it was changed "
                "since they were saved): open them once in the window with the old password."),
             u"Cache WrongPassword"_s);
        return;
    }
    fail(SyncExitCode::Cache, CacheVault::errorText(outcome.error), detail);
}

void HeadlessSync::startSync(const DataKey& key)
{
    m_pages = std::make_unique<AuthorizedPageSource>(m_session->api());
    m_engine = std::make_unique<SyncEngine>(*m_pages, m_unlocker->location().databasePath(), key);
    // One sync, no background ones.
    m_engine->setInterval(0s);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &HeadlessSync::onSyncStatus);
    connect(m_engine.get(), &SyncEngine::finished, this, &HeadlessSync::onSyncFinished);
    m_engine->refresh();
}

void HeadlessSync::onSyncStatus(const SyncStatus& status)
{
    if (status.state != SyncStatus::State::Offline && status.state != SyncStatus::State::Failed)
        return;
    const SyncExitCode code = status.state == SyncStatus::State::Offline
        ? SyncExitCode::Offline
        : exitCodeFor(status.error);
    fail(code, status.error.userMessage(), status.error.describe());
}

void HeadlessSync::onSyncFinished(const SyncSummary& summary)
{
    printLine(stdout, summaryLine(summary));
    finish(SyncExitCode::Success);
}

QString HeadlessSync::summaryLine(const SyncSummary& summary)
{
    return u"synced accounts=%1 periods=%2 payments=%3 bytes=%4 seconds=%5"_s.arg(summary.accounts)
        .arg(summary.periods)
        .arg(summary.payments)
        .arg(summary.bytes)
        .arg(QString::number(double(summary.milliseconds()) / 1000.0, 'f', 3));
}

void HeadlessSync::fail(SyncExitCode code, const QString& message, const QString& detail)
{
    if (m_finishing)
        return;
    printLine(stderr,
              u"kabinet: "_s + message + (detail.isEmpty() ? QString() : u" ["_s + detail + u']'));
    finish(code);
}

void HeadlessSync::warn(const QString& message)
{
    printLine(stderr, u"kabinet: "_s + message);
}

void HeadlessSync::finish(SyncExitCode code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    m_password.clear();
    if (m_signedIn && m_session->hasSession() && !m_session->remembersSession()) {
        m_transport->setTimeout(logOutTimeout);
        connect(
            m_session.get(), &SessionManager::loggedOut, this,
            [this](bool) { exitWhenKeychainIdle(); }, Qt::SingleShotConnection);
        if (m_session->logOut())
            return;
    }
    exitWhenKeychainIdle();
}

void HeadlessSync::exitWhenKeychainIdle()
{
    // A refreshed token still on its way to the keychain must arrive: the one there now is spent,
    // and presenting it next time would end the session.
    if (m_exited)
        return;
    RefreshTokenVault* vault = m_session ? m_session->api().refreshTokenVault() : nullptr;
    if (vault && vault->pendingOperations() > 0) {
        const auto again = [this] {
            exitWhenKeychainIdle();
        };
        connect(vault, &RefreshTokenVault::stored, this, again, Qt::SingleShotConnection);
        connect(vault, &RefreshTokenVault::forgotten, this, again, Qt::SingleShotConnection);
        return;
    }
    m_exited = true;
    emit done(int(m_exitCode));
}

SyncExitCode HeadlessSync::exitCodeFor(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::NoNetwork:
    case Kind::ConnectionLost:
    case Kind::Timeout:
        return SyncExitCode::Offline;
    case Kind::TlsFailure:
        return SyncExitCode::Tls;
    case Kind::ServerError:
    case Kind::RateLimited:
    case Kind::BadRequest:
    case Kind::MalformedResponse:
    case Kind::TooLarge:
        return SyncExitCode::Server;
    case Kind::Unauthorized:
    case Kind::InvalidToken:
        return SyncExitCode::PasswordNeeded;
    case Kind::InvalidCredentials:
    case Kind::AccountInactive:
        return SyncExitCode::SignInRefused;
    case Kind::Cancelled:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::Validation:
    case Kind::Other:
        break;
    }
    return SyncExitCode::Failure;
}

SyncExitCode HeadlessSync::exitCodeFor(const LoginOutcome& outcome)
{
    using Status = LoginOutcome::Status;
    switch (outcome.status()) {
    case Status::SignedIn:
        return SyncExitCode::Success;
    case Status::InvalidCredentials:
    case Status::AccountInactive:
    case Status::CaptchaRequired:
    case Status::WrongCaptcha:
    case Status::InvalidInput:
        return SyncExitCode::SignInRefused;
    case Status::NotRemembered:
    case Status::SessionExpired:
        return SyncExitCode::PasswordNeeded;
    case Status::NoNetwork:
        return SyncExitCode::Offline;
    case Status::TlsFailure:
        return SyncExitCode::Tls;
    case Status::RateLimited:
    case Status::ServerError:
        return SyncExitCode::Server;
    case Status::Cancelled:
    case Status::Failed:
        break;
    }
    return exitCodeFor(outcome.error());
}

SyncExitCode HeadlessSync::exitCodeFor(const SyncError& error)
{
    switch (error.kind) {
    case SyncError::Kind::None:
        return SyncExitCode::Success;
    case SyncError::Kind::Api:
        return exitCodeFor(error.api);
    case SyncError::Kind::BadAnswer:
        return SyncExitCode::Server;
    case SyncError::Kind::CacheUnavailable:
    case SyncError::Kind::CacheWrite:
        return SyncExitCode::Cache;
    }
    return SyncExitCode::Failure;
}
