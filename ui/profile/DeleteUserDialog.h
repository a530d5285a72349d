#pragma once

#include "net/ApiError.h"

#include <QDialog>

class ApiClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks before the user is deleted: says what goes (the user on the portal, the links of every
// account, every session, and everything saved on this computer), takes the password the server
// wants as proof, and sends DELETE /profile. Closes accepted once the server has deleted the user;
// erasing what this computer keeps is the caller's part.
class DeleteUserDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteUserDialog(ApiClient& client, const QString& login, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* deleteButton() const;
    QString passwordMessage() const;
    bool isBusy() const { return m_busy; }

public slots:
    void submit();

private:
    void setBusy(bool busy);

    ApiClient& m_client;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};
