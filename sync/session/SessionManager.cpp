#include "session/SessionManager.h"

#include "net/ApiTransport.h"
#include "session/RefreshTokenVault.h"
#include "session/SessionLog.h"

using namespace Qt::Literals::StringLiterals;

SessionManager::SessionManager(ApiTransport& transport, QObject* parent)
    : QObject(parent)
    , m_keychainService(Keychain::defaultService())
    , m_keychainTimeout(Keychain::defaultTimeout)
    , m_api(transport)
    , m_client(m_api)
{
    connect(&m_api, &AuthorizedApi::sessionEnded, this, &SessionManager::onApiSessionEnded);
}

SessionManager::~SessionManager() = default;

bool SessionManager::logIn(const LoginCredentials& credentials, bool remember)
{
    if (m_busy)
        return false;
    m_busy = true;
    const QString login = credentials.login.trimmed();
    m_client.logIn(credentials)
        ->onFinished(this, [this, login, remember](const ApiReply<SessionTokens>& reply) {
            onLoginAnswer(reply, login, remember);
        });
    return true;
}

void SessionManager::onLoginAnswer(const ApiReply<SessionTokens>& reply, const QString& login,
                                   bool remember)
{
    if (!reply.isOk()) {
        qCInfo(lcSession) << "login failed:" << reply.error().describe();
        finish();
        emit loginFinished(LoginOutcome::fromError(reply.error()));
        return;
    }
    qCInfo(lcSession) << "logged in" << (remember ? "(to be remembered)" : "");
    m_login = login;
    if (!m_keychainEnabled) {
        m_api.startSession(reply.value());
        m_api.setRefreshTokenVault(nullptr);
        finish();
        emit loginFinished(LoginOutcome::signedIn(false));
        return;
    }
    RefreshTokenVault* vault = useVault(login);
    m_api.startSession(reply.value());
    m_api.setRefreshTokenVault(remember ? vault : nullptr);
    if (remember) {
        connect(
            vault, &RefreshTokenVault::stored, this,
            [this](Keychain::Status status) { onRemembered(status); }, Qt::SingleShotConnection);
        vault->store(reply.value().refreshToken);
    } else {
        // Unticking «Запомнить?» forgets what an earlier sign-in of this user remembered.
        connect(
            vault, &RefreshTokenVault::forgotten, this,
            [this](Keychain::Status) { onRemembered(Keychain::Status::NotFound); },
            Qt::SingleShotConnection);
        vault->forget();
    }
}

void SessionManager::onRemembered(Keychain::Status status)
{
    // A keychain that did not take this token will not take the refreshed ones either; the
    // session goes on unremembered (remembersSession() says so).
    if (status != Keychain::Status::Ok)
        m_api.setRefreshTokenVault(nullptr);
    finish();
    emit loginFinished(LoginOutcome::signedIn(status == Keychain::Status::Ok));
}

bool SessionManager::resume(const QString& login)
{
    if (m_busy)
        return false;
    m_busy = true;
    if (!m_keychainEnabled) {
        // Asynchronous like the keychain's answer would be.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish();
                emit resumeFinished(LoginOutcome::notRemembered(Keychain::Status::Unavailable));
            },
            Qt::QueuedConnection);
        return true;
    }
    m_resuming = true;
    m_api.endSession();
    m_login = login.trimmed();
    RefreshTokenVault* vault = useVault(m_login);
    connect(vault, &RefreshTokenVault::loaded, this, &SessionManager::onResumeToken,
            Qt::SingleShotConnection);
    vault->load();
    return true;
}

void SessionManager::onResumeToken(Keychain::Status status, const QString& refreshToken)
{
    if (status != Keychain::Status::Ok || refreshToken.isEmpty()) {
        const Keychain::Status reported =
            status == Keychain::Status::Ok ? Keychain::Status::NotFound : status;
        m_login.clear();
        finish();
        emit resumeFinished(LoginOutcome::notRemembered(reported));
        return;
    }
    m_api.resumeSession(refreshToken);
    m_api.setRefreshTokenVault(m_vault);
    m_client.profile()->onFinished(
        this, [this](const ApiReply<UserProfile>& reply) { onResumeAnswer(reply); });
}

void SessionManager::onResumeAnswer(const ApiReplyBase& reply)
{
    const LoginOutcome outcome =
        reply.isOk() ? LoginOutcome::signedIn(true) : LoginOutcome::fromResumeError(reply.error());
    if (outcome.status() == LoginOutcome::Status::SessionExpired)
        m_login.clear();
    qCInfo(lcSession) << "resuming the remembered session:"
                      << LoginOutcome::statusName(outcome.status());
    // The refresh wrote a new token (or a refusal removed the old one): done before reporting.
    whenVaultIdle([this, outcome] {
        finish();
        emit resumeFinished(outcome);
    });
}

bool SessionManager::logOut()
{
    if (m_busy)
        return false;
    m_busy = true;
    if (!m_api.hasSession()) {
        // Nothing to revoke; whatever is remembered still goes.
        finishLogOut(false);
        return true;
    }
    m_client.logOut()->onFinished(this, [this](const ApiReply<ApiClient::Done>& reply) {
        if (!reply.isOk())
            qCInfo(lcSession) << "the server was not told of the logout:"
                              << reply.error().describe();
        finishLogOut(reply.isOk());
    });
    return true;
}

void SessionManager::finishLogOut(bool revoked)
{
    m_api.endSession();
    m_api.setRefreshTokenVault(nullptr);
    if (!m_login.isEmpty() && m_keychainEnabled) {
        RefreshTokenVault* vault = m_vault ? m_vault.data() : useVault(m_login);
        vault->forget();
    }
    m_login.clear();
    whenVaultIdle([this, revoked] {
        finish();
        emit loggedOut(revoked);
    });
}

void SessionManager::onApiSessionEnded(const ApiError& reason)
{
    // While resuming, resumeFinished() tells it (SessionExpired).
    if (m_resuming)
        return;
    m_login.clear();
    emit sessionEnded(reason);
}

RefreshTokenVault* SessionManager::useVault(const QString& login)
{
    if (RefreshTokenVault* previous = m_vault.data())
        previous->deleteLater();
    auto* vault =
        new RefreshTokenVault(m_api.transport().baseUrl(), login, m_keychainService, this);
    vault->setTimeout(m_keychainTimeout);
    m_vault = vault;
    return vault;
}

void SessionManager::whenVaultIdle(std::function<void()> then)
{
    RefreshTokenVault* vault = m_vault;
    if (!vault || vault->pendingOperations() == 0) {
        then();
        return;
    }
    // The vault reports in order, so it is idle after as many reports as it has pending.
    auto waitFor = std::make_shared<int>(vault->pendingOperations());
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto onReport = [this, waitFor, connections, then] {
        if (--*waitFor > 0)
            return;
        for (const QMetaObject::Connection& connection : std::as_const(*connections))
            disconnect(connection);
        then();
    };
    *connections << connect(vault, &RefreshTokenVault::stored, this, onReport)
                 << connect(vault, &RefreshTokenVault::forgotten, this, onReport)
                 << connect(vault, &RefreshTokenVault::loaded, this, onReport);
}

void SessionManager::finish()
{
    m_busy = false;
    m_resuming = false;
}
