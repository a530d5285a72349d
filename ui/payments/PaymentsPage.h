#pragma once

#include "charges/AccountHistoryPage.h"
#include "payments/StatementAction.h"

class AccountChartsWidget;
class CopyableTableView;
class MovementOfFundsModel;
class PaymentListModel;
class QLabel;
class QPushButton;
class QTabWidget;
class StatementDialog;
class StatementSaver;

// The «Платежи» section: «Период отображения», then «Движение финансов» over it (the debt or
// overpayment at its start, the charges, recalculations and payments received, the debt or
// overpayment at its end; MovementOfFundsCalculator, as the server counts) and the payments
// received in it with their date, amount and source; the balance and the charges against the
// payments per year as charts; and «Выписка…» (StatementAction), which saves a statement of this
// account or of all accounts as PDF or CSV.
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
    AccountChartsWidget* chartsWidget() const { return m_charts; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* statementButton() const { return m_statementButton; }
    // The open «Выписка…» dialog, if any.
    StatementDialog* statementDialog() const { return m_statement->dialog(); }
    // What became of the last statement: where it was saved, or why it was not.
    QLabel* statementStatus() const { return m_statementStatus; }
    StatementSaver* statementSaver() const { return m_statement->saver(); }

    using FileChooser = StatementAction::FileChooser;
    void setFileChooser(FileChooser chooser) { m_statement->setFileChooser(std::move(chooser)); }

public slots:
    // «Выписка…»: opens the dialog (window-modal, not blocking).
    void openStatementDialog();

protected:
    void showRange() override;

private:
    void fitMovementSize();

    MovementOfFundsModel* m_movement = nullptr;
    PaymentListModel* m_payments = nullptr;
    CopyableTableView* m_movementView = nullptr;
    CopyableTableView* m_paymentsView = nullptr;
    QLabel* m_movementTitle = nullptr;
    QLabel* m_noPayments = nullptr;
    QTabWidget* m_tabs = nullptr;
    AccountChartsWidget* m_charts = nullptr;
    QPushButton* m_statementButton = nullptr;
    QLabel* m_statementStatus = nullptr;
    StatementAction* m_statement = nullptr;
};
