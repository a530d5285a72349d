#pragma once

#include "net/ApiError.h"
#include "protocol/types/Account.h"
#include "protocol/types/UserProfile.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class ApiClient;
class LocalDataCleaner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;

// «Мой профиль»: the login, the e-mail (changed with a confirmation), the subscription to
// receipts by e-mail, the password, the linked accounts (each can be unlinked) and deleting the
// user. Every destructive action asks first, saying what will be removed, and afterwards removes
// what this computer kept of it (through LocalDataCleaner, off the GUI thread).
//
// The subscription is not sent from here: the page asks with subscriptionChangeRequested() and
// the application queues the change (the outbox), telling the page with setSubscriptionPending().
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(ApiClient& client, QWidget* parent = nullptr);

    // Not owned; may be null (nothing is kept locally). Needed before unlinking, a password
    // change or deleting the user to clean up after them.
    void setCleaner(LocalDataCleaner* cleaner) { m_cleaner = cleaner; }

    UserProfile profile() const { return m_profile; }
    QList<Account> accounts() const { return m_accounts; }

    QLabel* loginLabel() const { return m_login; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* emailConfirmationEdit() const { return m_emailConfirmation; }
    QPushButton* saveEmailButton() const { return m_saveEmail; }
    QCheckBox* subscriptionBox() const { return m_subscription; }
    QLabel* subscriptionPendingLabel() const { return m_pending; }
    QPushButton* changePasswordButton() const { return m_changePassword; }
    QListWidget* accountList() const { return m_accountList; }
    QPushButton* unlinkButton() const { return m_unlink; }
    QPushButton* deleteUserButton() const { return m_deleteUser; }
    QString emailMessage() const;
    QString emailConfirmationMessage() const;
    // The outcome of the last action (done, or why not).
    QString statusMessage() const;
    bool isBusy() const { return m_busy; }

public slots:
    void setProfile(const UserProfile& profile);
    void setAccounts(const QList<Account>& accounts);
    // Asks the server for the profile (GET /profile) and shows it.
    void reloadProfile();
    void setSubscriptionPending(bool pending);

    void saveEmail();
    void changePassword();
    // Asks to unlink the account selected in the list.
    void unlinkSelected();
    void deleteUser();

signals:
    void profileChanged(const UserProfile& profile);
    void subscriptionChangeRequested(bool subscribed);
    void passwordChanged();
    // The server unlinked it and the cache no longer holds it.
    void accountUnlinked(qint64 accountId);
    // The server deleted the user and this computer keeps nothing of it: sign out.
    void userDeleted();

private:
    QWidget* createAccountsBox();
    QWidget* createUserBox();
    void unlink(const Account& account);
    void finishUnlink(qint64 accountId, bool cacheCleaned);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool problem = false);
    void updateButtons();

    ApiClient& m_client;
    QPointer<LocalDataCleaner> m_cleaner;
    UserProfile m_profile;
    QList<Account> m_accounts;
    QLabel* m_login = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_emailConfirmation = nullptr;
    QLabel* m_emailMessage = nullptr;
    QLabel* m_emailConfirmationMessage = nullptr;
    QPushButton* m_saveEmail = nullptr;
    QCheckBox* m_subscription = nullptr;
    QLabel* m_pending = nullptr;
    QPushButton* m_changePassword = nullptr;
    QListWidget* m_accountList = nullptr;
    QPushButton* m_unlink = nullptr;
    QPushButton* m_deleteUser = nullptr;
    QLabel* m_status = nullptr;
    bool m_busy = false;
};
