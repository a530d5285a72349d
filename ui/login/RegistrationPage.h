#pragma once

#include "net/ApiError.h"
#include "protocol/json/RegisteredUser.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReplyBase;
template<typename T>
class ApiReply;
class CaptchaField;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class RegistrationField;

// «Введите регистрационные данные» (figure 2): login, e-mail, password and its confirmation, each
// with the manual's rule beside it and checked as the user types by the shared ValidationRules
// (the server checks the same rules again), the captcha, and the agreement. What the server
// refuses is shown at the field it names: a taken login or e-mail, a wrong captcha answer (then a
// new picture comes).
class RegistrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationPage(ApiClient& client, QWidget* parent = nullptr);

    // The operator's agreement on the use of the personal cabinet (rich text); a general one
    // until set.
    void setAgreementText(const QString& html);
    bool isBusy() const { return !m_request.isNull(); }

public slots:
    // An empty form with a new captcha, for a new visit of the page.
    void reset();
    // Checks every field and sends the form when they pass; does nothing while sending.
    void submit();

signals:
    // The account exists and waits for the activation link e-mailed to user.email.
    void registered(const RegisteredUser& user);
    void cancelled();

private:
    RegistrationField* addField(QWidget* input, const QString& rule, const QString& objectName);
    void validateLogin();
    void validateEmail();
    void validatePassword();
    void validateConfirmation();
    bool validateCaptcha();
    bool validateAgreement();
    bool validateAll();
    void onAnswer(const ApiReply<RegisteredUser>& reply);
    void showServerError(const ApiError& error);
    void setBusy(bool busy);

    ApiClient& m_client;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
    CaptchaField* m_captcha = nullptr;
    RegistrationField* m_loginField = nullptr;
    RegistrationField* m_emailField = nullptr;
    RegistrationField* m_passwordField = nullptr;
    RegistrationField* m_confirmationField = nullptr;
    RegistrationField* m_captchaField = nullptr;
    QWidget* m_form = nullptr;
    QTextBrowser* m_agreementText = nullptr;
    QCheckBox* m_agreement = nullptr;
    QLabel* m_agreementMessage = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_cancel = nullptr;
    QPointer<ApiReplyBase> m_request;
};
