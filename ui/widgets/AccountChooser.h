#pragma once

#include "protocol/types/Account.h"

#include <QComboBox>
#include <QList>

// The account a per-account page shows, where the page lets the user pick another one than the
// window's current account: «No. 16616 — address». It follows the window's account while that is
// among its accounts, keeps the user's pick across a re-read of the accounts, and falls back to the
// first. Changes made through the setters emit nothing; the user's pick emits activated().
class AccountChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit AccountChooser(QWidget* parent = nullptr);

    // The server's id of the chosen account; 0 with none.
    qint64 accountId() const;
    void setAccounts(const QList<Account>& accounts);
    // True when the choice changed.
    bool followWindowAccount(qint64 accountId);

private:
    void chooseWindowAccountOrFirst();

    qint64 m_windowAccountId = 0;
};
