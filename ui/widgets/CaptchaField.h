#pragma once

#include "net/ApiError.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiReplyBase;
class QLabel;
class QLineEdit;
class QPushButton;

// A captcha for any form that needs one (linking an account, …): the picture of POST /captchas,
// the line for its answer, «Загрузить новый код», and below the line what is wrong with the
// answer. A challenge is checked once only, right or wrong: forms call reload() after every answer
// the server has seen.
class CaptchaField : public QWidget
{
    Q_OBJECT

public:
    explicit CaptchaField(ApiClient& client, QWidget* parent = nullptr);

    // The challenge shown; empty while none has loaded.
    QString captchaId() const { return m_captchaId; }
    // What the user typed, without the blanks around it (the server ignores them too).
    QString answer() const;
    bool isLoading() const { return !m_request.isNull(); }
    QLineEdit* answerEdit() const { return m_answer; }
    // «Load a new code», beside the picture: before the answer in the Tab order, as on screen.
    QPushButton* reloadButton() const { return m_reload; }
    QString message() const;

public slots:
    // Asks for a new challenge and clears the answer; does nothing while one is being fetched.
    void reload();
    // What is wrong with the answer (or the picture); empty hides it.
    void setMessage(const QString& text);

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
    QLabel* m_message = nullptr;
    QString m_captchaId;
    QPointer<ApiReplyBase> m_request;
};
