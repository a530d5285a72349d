#pragma once

#include "session/LoginOutcome.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ApiReplyBase;
class CaptchaField;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SessionManager;

// The sign-in form of the portal's figure 3: user name, password, «Запомнить?», and the ways to
// register or restore a forgotten password. With a SessionManager it signs in itself and says
// precisely why it could not: a wrong login or password; an account not activated yet (with
// «Отправить письмо ещё раз»); too many attempts; a captcha after repeated failures (shown here
// until a sign-in succeeds); the server unreachable, untrusted or failing, then «Войти без сети»
// when the user has a cache to open offline. Nothing blocks: a sign-in in progress shows on the
// button, and a second click sends nothing.
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    // Only the form: signInRequested() is all a click does (for a wiring that signs in itself).
    explicit LoginPage(QWidget* parent = nullptr);
    // Signs in through manager (not owned; must outlive this page).
    explicit LoginPage(SessionManager& manager, QWidget* parent = nullptr);

    // Whether login has a cache that may be opened offline (e.g. its CacheLocation's database
    // exists). Asked only after a failure that allows it; without a check, never offered.
    void setOfflineUnlockCheck(std::function<bool(const QString& login)> hasCache);

    QString login() const;
    void setLogin(const QString& login);
    bool rememberRequested() const;
    // Something is typed in the form (a kiosk clears it after a while).
    bool hasInput() const;
    // Off on a kiosk: «Запомнить?» is hidden and never ticked.
    void setRememberOffered(bool offered);
    bool isBusy() const { return m_busy; }
    bool isCaptchaShown() const;
    // What the page tells the user now (an error or a notice); empty when nothing.
    QString message() const;

public slots:
    // Signs in with what the form holds; does nothing while a sign-in runs.
    void signIn();
    // Shows how a sign-in (or the start-up's resume of a remembered session) ended.
    void showOutcome(const LoginOutcome& outcome);

signals:
    // A sign-in was asked for (and, with a SessionManager, sent).
    void signInRequested();
    // The session is open: the application's main window takes over. The password opens the
    // user's cache (or creates it on a first sign-in); receivers must not keep it.
    void signedIn(const QString& login, const QString& password, bool remembered);
    // The server cannot be reached and a cache exists: open it with this password. The password
    // goes nowhere else.
    void offlineUnlockRequested(const QString& login, const QString& password);
    void registrationRequested();
    void passwordResetRequested();

private:
    void setUpForm();
    void updateSignInEnabled();
    void setBusy(bool busy);
    void setMessage(const QString& text, bool error);
    void onLoginFinished(const LoginOutcome& outcome);
    void resendActivation();
    void forgetOutcomeActions();

    SessionManager* m_manager = nullptr;
    std::function<bool(const QString&)> m_hasOfflineCache;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_signIn = nullptr;
    QWidget* m_captchaRow = nullptr;
    CaptchaField* m_captcha = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_resendActivation = nullptr;
    QPushButton* m_offlineUnlock = nullptr;
    QPointer<ApiReplyBase> m_resendRequest;
    bool m_busy = false;
};
