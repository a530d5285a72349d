#include "widgets/AccountChooser.h"

#include <QSignalBlocker>

AccountChooser::AccountChooser(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

qint64 AccountChooser::accountId() const
{
    return currentData().toLongLong();
}

void AccountChooser::setAccounts(const QList<Account>& accounts)
{
    const qint64 chosen = accountId();
    const QSignalBlocker blocker(this);
    clear();
    for (const Account& account : accounts)
        addItem(tr("No. %1 — %2").arg(account.number, account.address), account.id);
    const int kept = findData(chosen);
    if (kept >= 0)
        setCurrentIndex(kept);
    else
        chooseWindowAccountOrFirst();
}

bool AccountChooser::followWindowAccount(qint64 accountId)
{
    m_windowAccountId = accountId;
    const int before = currentIndex();
    const QSignalBlocker blocker(this);
    chooseWindowAccountOrFirst();
    return currentIndex() != before;
}

void AccountChooser::chooseWindowAccountOrFirst()
{
    const int windows = findData(m_windowAccountId);
    if (windows >= 0)
        setCurrentIndex(windows);
    else if (currentIndex() < 0 && count() > 0)
        setCurrentIndex(0);
}
