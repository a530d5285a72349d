#pragma once

#include "cache/AccountCard.h"

#include <QWidget>

class ChargeTableModel;
class CopyableTableView;
class QLabel;
class QPushButton;

// The account card of the portal's figure 6: the account's registration data, its debt or
// overpayment, the charges of the last closed period with their «ИТОГО», and the ways on to the
// charges and payments history, to the receipt of a closed period and to a statement of the
// account («Выписка…», where files may be written: StatementAction).
class AccountCardPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountCardPage(QWidget* parent = nullptr);

    void setCard(const AccountCard& card);
    qint64 accountId() const { return m_card.account.id; }
    ChargeTableModel* chargesModel() const { return m_charges; }
    CopyableTableView* chargesView() const { return m_view; }
    QPushButton* statementButton() const { return m_statementButton; }
    // What became of the last statement asked for here.
    QLabel* statementStatus() const { return m_statementStatus; }

public slots:
    void setStatementStatus(const QString& text);
    // While a statement is being saved «Выписка…» waits.
    void setStatementBusy(bool busy);

signals:
    void backRequested();
    void chargesHistoryRequested(qint64 accountId);
    void paymentsHistoryRequested(qint64 accountId);
    void receiptRequested(qint64 accountId);
    void statementRequested(qint64 accountId);

private:
    void fitTableHeight();

    AccountCard m_card;
    ChargeTableModel* m_charges = nullptr;
    CopyableTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_period = nullptr;
    QLabel* m_noCharges = nullptr;
    QPushButton* m_statementButton = nullptr;
    QLabel* m_statementStatus = nullptr;
};
