#pragma once

#include "charges/AccountHistoryPage.h"

class CopyableTableView;
class MovementOfFundsModel;
class PaymentListModel;
class QLabel;

// The «Платежи» section: «Период отображения», then «Движение финансов» over it (the debt or
// overpayment at its start, the charges, recalculations and payments received, the debt or
// overpayment at its end; MovementOfFundsCalculator, as the server counts) and the payments
// received in it with their date, amount and source.
class PaymentsPage : public AccountHistoryPage
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page.
    explicit PaymentsPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    MovementOfFundsModel* movementModel() const { return m_movement; }
    PaymentListModel* paymentsModel() const { return m_payments; }
    CopyableTableView* movementView() const { return m_movementView; }
    CopyableTableView* paymentsView() const { return m_paymentsView; }

protected:
    void showRange() override;

private:
    void fitMovementSize();

    MovementOfFundsModel* m_movement = nullptr;
    PaymentListModel* m_payments = nullptr;
    CopyableTableView* m_movementView = nullptr;
    CopyableTableView* m_paymentsView = nullptr;
    QLabel* m_movementTitle = nullptr;
    QLabel* m_paymentsTitle = nullptr;
    QLabel* m_noPayments = nullptr;
};
