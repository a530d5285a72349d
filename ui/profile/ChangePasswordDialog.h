#pragma once

#include "cache/CacheVault.h"
#include "net/ApiError.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class ApiReplyBase;
class LocalDataCleaner;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// «Сменить пароль» of «Мой профиль»: the current password, the new one and its confirmation, held
// to the registration's rules. After the server took it, the cache's key is re-wrapped with the
// new password (the password unlocks the cache when the keychain cannot), and only then the
// dialog closes with passwordChanged().
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // cleaner may be null: then there is no local key to re-wrap.
    ChangePasswordDialog(ApiClient& client, LocalDataCleaner* cleaner, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QPushButton* submitButton() const;

    QString currentMessage() const;
    QString passwordMessage() const;
    QString confirmationMessage() const;
    QString formMessage() const;
    bool isBusy() const { return m_busy; }

public slots:
    void submit();

signals:
    void passwordChanged();

private:
    bool checkFields();
    void setBusy(bool busy);
    void showError(const ApiError& error);
    void onKeyRewrapped(CacheVault::Error error);

    ApiClient& m_client;
    QPointer<LocalDataCleaner> m_cleaner;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QLabel* m_currentMessage = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QLabel* m_confirmationMessage = nullptr;
    QLabel* m_formMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};
