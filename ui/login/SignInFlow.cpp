#include "login/SignInFlow.h"

#include "login/ActivationSentPage.h"
#include "login/LoginPage.h"
#include "login/PasswordResetPage.h"
#include "login/RegistrationPage.h"
#include "session/SessionManager.h"

#include <algorithm>

SignInFlow::SignInFlow(SessionManager& manager, QWidget* parent)
    : QStackedWidget(parent)
    , m_login(new LoginPage(manager, this))
    , m_registration(new RegistrationPage(manager.client(), this))
    , m_activationSent(new ActivationSentPage(manager.client(), this))
    , m_passwordReset(new PasswordResetPage(manager.client(), this))
{
    setObjectName(QStringLiteral("signInFlow"));
    addWidget(m_login);
    addWidget(m_registration);
    addWidget(m_activationSent);
    addWidget(m_passwordReset);
    setCurrentWidget(m_login);

    connect(m_login, &LoginPage::signedIn, this, &SignInFlow::signedIn);
    connect(m_login, &LoginPage::offlineUnlockRequested, this, &SignInFlow::offlineUnlockRequested);
    connect(m_login, &LoginPage::registrationRequested, this, &SignInFlow::showRegistration);
    connect(m_login, &LoginPage::passwordResetRequested, this, &SignInFlow::showPasswordReset);

    connect(m_registration, &RegistrationPage::cancelled, this, [this] { showLogin(); });
    connect(m_registration, &RegistrationPage::registered, this,
            [this](const RegisteredUser& user) {
                m_activationSent->setUser(user);
                setCurrentWidget(m_activationSent);
            });
    connect(m_activationSent, &ActivationSentPage::signInRequested, this, &SignInFlow::showLogin);
    connect(m_passwordReset, &PasswordResetPage::backRequested, this, [this] { showLogin(); });
    connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
}

QSize SignInFlow::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize SignInFlow::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

bool SignInFlow::hasHeightForWidth() const
{
    return currentWidget() ? currentWidget()->hasHeightForWidth()
                           : QStackedWidget::hasHeightForWidth();
}

int SignInFlow::heightForWidth(int width) const
{
    const QWidget* page = currentWidget();
    if (!page)
        return QStackedWidget::heightForWidth(width);
    return std::max(page->heightForWidth(width), page->minimumSizeHint().height());
}

void SignInFlow::setOfflineUnlockCheck(std::function<bool(const QString&)> hasCache)
{
    m_login->setOfflineUnlockCheck(std::move(hasCache));
}

void SignInFlow::showLogin(const QString& login)
{
    if (!login.isEmpty())
        m_login->setLogin(login);
    setCurrentWidget(m_login);
}

void SignInFlow::showRegistration()
{
    m_registration->reset();
    setCurrentWidget(m_registration);
}

void SignInFlow::showPasswordReset()
{
    m_passwordReset->reset(m_login->login());
    setCurrentWidget(m_passwordReset);
}
