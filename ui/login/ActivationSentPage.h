#pragma once

#include "protocol/json/RegisteredUser.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReplyBase;
class QLabel;
class QPushButton;

// After a registration: the activation e-mail went to the user's address; the account works
// once its link is opened. The e-mail can be sent again from here, and «Войти» leads back to
// the login form.
class ActivationSentPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationSentPage(ApiClient& client, QWidget* parent = nullptr);

    void setUser(const RegisteredUser& user);
    RegisteredUser user() const { return m_user; }
    QString text() const;

signals:
    void signInRequested(const QString& login);

private:
    void resend();

    ApiClient& m_client;
    RegisteredUser m_user;
    QLabel* m_text = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_signIn = nullptr;
    QPointer<ApiReplyBase> m_request;
};
