#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Shown when the server has accepted a password that the data saved on this computer does not
// open: the password was changed elsewhere (on the portal, or by a reset) since that data was
// saved, and it is still locked with the previous one. The previous password keeps the saved
// data, with whatever waits to be sent; without it the user may discard that data (after a
// confirmation that says what is lost) and download it again, or cancel back to the login form.
//
// Only the questions: the caller opens the cache with what the user chose, keeps the dialog
// busy meanwhile, and then closes it (accept()) or says why it could not (showWrongPassword(),
// showError()). Cancelling (reject()) is refused while busy.
class PreviousPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreviousPasswordDialog(const QString& login, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* cancelButton() const { return m_cancel; }
    // The question asked before discarding, while it shows; null otherwise.
    QMessageBox* discardConfirmation() const { return m_confirmation; }
    // What the dialog says went wrong; empty when nothing.
    QString message() const;
    bool isBusy() const { return m_busy; }

    void setBusy(bool busy);
    void showWrongPassword();
    void showError(const QString& text);

public slots:
    // Hands the previous password to the caller (previousPasswordEntered()).
    void keep();
    // Asks whether to discard; discardConfirmed() when the user agrees.
    void askToDiscard();
    void reject() override;

signals:
    void previousPasswordEntered(const QString& previousPassword);
    void discardConfirmed();

private:
    QString m_login;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_cancel = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_busy = false;
};
