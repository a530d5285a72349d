#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The sign-in form of the portal's figure 3: user name, password, «Запомнить?», and the ways to
// register or restore a forgotten password.
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(QWidget* parent = nullptr);

    QString login() const;
    bool rememberRequested() const;

signals:
    void signInRequested();
    void registrationRequested();
    void passwordResetRequested();

private:
    void updateSignInEnabled();

    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_signIn = nullptr;
};
