#pragma once

#include <QStackedWidget>

#include <functional>

class ActivationSentPage;
class LoginPage;
class PasswordResetPage;
class RegistrationPage;
class SessionManager;

// The screens before the cabinet opens, and the ways between them: the login form, registration,
// «an activation e-mail was sent», and the forgotten password. It owns only its pages; the
// application connects signedIn() and offlineUnlockRequested() to what opens the main window.
class SignInFlow : public QStackedWidget
{
    Q_OBJECT

public:
    // manager signs in and carries the public requests (not owned; must outlive this).
    explicit SignInFlow(SessionManager& manager, QWidget* parent = nullptr);

    LoginPage* loginPage() const { return m_login; }
    RegistrationPage* registrationPage() const { return m_registration; }
    ActivationSentPage* activationSentPage() const { return m_activationSent; }
    PasswordResetPage* passwordResetPage() const { return m_passwordReset; }

    // See LoginPage::setOfflineUnlockCheck().
    void setOfflineUnlockCheck(std::function<bool(const QString& login)> hasCache);

    // The page shown, not the largest of all (QStackedWidget's): in a scroll area the short
    // login form does not scroll for the long registration form's sake.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

public slots:
    // The login form, with login filled in (when not empty).
    void showLogin(const QString& login = {});
    void showRegistration();
    void showPasswordReset();

signals:
    void signedIn(const QString& login, const QString& password, bool remembered);
    void offlineUnlockRequested(const QString& login, const QString& password);

private:
    LoginPage* m_login = nullptr;
    RegistrationPage* m_registration = nullptr;
    ActivationSentPage* m_activationSent = nullptr;
    PasswordResetPage* m_passwordReset = nullptr;
};
