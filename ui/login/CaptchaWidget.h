#pragma once

#include "net/ApiError.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReplyBase;
class QLabel;
class QLineEdit;
class QPushButton;

// The captcha of the registration form (figure 2) and of a login after repeated failures: the
// picture of POST /captchas, the line for its answer and «Загрузить новый код». Every challenge
// answers once only, so the forms call reload() after each answer the server has checked.
class CaptchaWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaptchaWidget(ApiClient& client, QWidget* parent = nullptr);

    // The challenge shown, empty while none has loaded.
    QString captchaId() const { return m_captchaId; }
    // What the user typed, without the blanks around it (the server ignores them too).
    QString answer() const;
    bool isLoading() const { return !m_request.isNull(); }
    QLineEdit* answerEdit() const { return m_answer; }

public slots:
    // Asks for a new challenge and clears the answer; does nothing while one is being fetched.
    void reload();

signals:
    void loaded();
    void loadFailed(const ApiError& error);
    void answerChanged();

private:
    void showPlaceholder(const QString& text);

    ApiClient& m_client;
    QLabel* m_image = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_reload = nullptr;
    QString m_captchaId;
    QPointer<ApiReplyBase> m_request;
};
