#pragma once

#include "protocol/types/Account.h"

#include <QList>
#include <QWidget>

class AccountListModel;
class CopyableTableView;
class QLabel;
class QSortFilterProxyModel;

// The «Главная» section: every linked personal account with its debt or overpayment. Activating
// a row (double-click or Enter) asks for that account's card.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void setAccounts(const QList<Account>& accounts);
    AccountListModel* model() const { return m_model; }
    CopyableTableView* view() const { return m_view; }

signals:
    void accountActivated(qint64 accountId);

private:
    AccountListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    CopyableTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};
