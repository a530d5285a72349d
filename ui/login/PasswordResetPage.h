#pragma once

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReplyBase;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// «Забыли пароль?»: asks for the login or the e-mail, sends POST /password-resets, then explains
// the e-mailed link (a web page of the portal where the new password is set). The server answers
// alike whether or not such a user exists, and so does this page.
class PasswordResetPage : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordResetPage(ApiClient& client, QWidget* parent = nullptr);

    bool isBusy() const { return !m_request.isNull(); }
    bool isExplanationShown() const;
    QString explanation() const;

public slots:
    // The question again, filled with loginOrEmail (e.g. what the login form held).
    void reset(const QString& loginOrEmail = {});
    void submit();

signals:
    void backRequested();

private:
    ApiClient& m_client;
    QStackedWidget* m_steps = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_explanation = nullptr;
    QPointer<ApiReplyBase> m_request;
};
