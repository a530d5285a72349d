#include "payments/PaymentsPage.h"

#include "charts/AccountChartsWidget.h"
#include "payments/MovementOfFundsCalculator.h"
#include "payments/MovementOfFundsModel.h"
#include "payments/PaymentListModel.h"
#include "payments/StatementDialog.h"
#include "widgets/CopyableTableView.h"
#include "widgets/PeriodRangePicker.h"
#include "widgets/PeriodText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

void setUpTable(CopyableTableView* view, int stretchColumn)
{
    // Not sortable: «ИТОГО» stays last, and the movement reads top to bottom.
    view->setSortingEnabled(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

PaymentsPage::PaymentsPage(CacheReaderThread* reader, QWidget* parent)
    : AccountHistoryPage(reader, AccountHistoryReader::Payments::Read, tr("Payments"),
                         tr("If the period has not been closed by your accountant (for example, "
                            "the month is not over yet), its charges and payments will not be "
                            "shown."),
                         parent)
    , m_movement(new MovementOfFundsModel(this))
    , m_payments(new PaymentListModel(this))
    , m_movementView(new CopyableTableView(this))
    , m_paymentsView(new CopyableTableView(this))
    , m_movementTitle(new QLabel(tr("Movement of funds"), this))
    , m_noPayments(new QLabel(tr("No payments in the chosen periods."), this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new AccountChartsWidget(this))
    , m_statementButton(new QPushButton(tr("Statement…"), this))
    , m_statementStatus(new QLabel(this))
    , m_statement(new StatementAction(reader, this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_movementTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_movementView->setObjectName(QStringLiteral("movementOfFunds"));
    m_movementView->setModel(m_movement);
    setUpTable(m_movementView, MovementOfFundsModel::ItemColumn);
    m_movementView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_movementView->horizontalHeader()->setStretchLastSection(false);
    m_movementView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_movementView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_paymentsView->setObjectName(QStringLiteral("payments"));
    m_paymentsView->setModel(m_payments);
    setUpTable(m_paymentsView, PaymentListModel::SourceColumn);
    m_noPayments->setObjectName(QStringLiteral("noPayments"));

    m_statementButton->setObjectName(QStringLiteral("statementButton"));
    m_statementButton->setToolTip(
        tr("Save the movement of funds, charges and payments of chosen periods as PDF or CSV"));
    m_statementStatus->setObjectName(QStringLiteral("statementStatus"));
    m_statementStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statementStatus->setWordWrap(true);
    m_statementButton->setVisible(StatementAction::isOffered());
    connect(m_statementButton, &QPushButton::clicked, this, &PaymentsPage::openStatementDialog);
    connect(m_statement, &StatementAction::statusChanged, m_statementStatus, &QLabel::setText);
    connect(m_statement, &StatementAction::busyChanged, this, [this](bool busy) {
        m_statementButton->setEnabled(!busy && history().account.id != 0);
    });

    // The payments and the charts share the room below the movement, one at a time; the tab
    // names the payments' table, as the title above it did.
    auto* paymentsTab = new QWidget(m_tabs);
    auto* paymentsLayout = new QVBoxLayout(paymentsTab);
    paymentsLayout->addWidget(m_paymentsView, 1);
    paymentsLayout->addWidget(m_noPayments);
    paymentsLayout->addStretch();
    m_tabs->setObjectName(QStringLiteral("paymentsTabs"));
    m_tabs->addTab(paymentsTab, tr("Payments received"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto* statementRow = new QHBoxLayout;
    statementRow->addWidget(m_statementButton);
    statementRow->addWidget(m_statementStatus, 1);

    QVBoxLayout* layout = contentLayout();
    layout->addLayout(statementRow);
    layout->addWidget(m_movementTitle);
    layout->addWidget(m_movementView, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);
    showRange();
}

void PaymentsPage::openStatementDialog()
{
    const HistoryRange bounds {rangePicker()->firstAllowed(), rangePicker()->lastAllowed()};
    m_statement->open(history().account, range(), bounds);
}

void PaymentsPage::showRange()
{
    const HistoryRange shown = range();
    const bool known = history().account.id != 0;
    m_movement->setMovement(
        known ? MovementOfFundsCalculator::compute(history(), shown.from, shown.to) : std::nullopt,
        history().lastClosed);
    m_payments->setPayments(shown.payments(history()));

    m_movementTitle->setText(
        known ? tr("Movement of funds for %1 – %2")
                    .arg(PeriodText::text(shown.from), PeriodText::text(shown.to))
              : tr("Movement of funds"));
    // With no closed period in the range nothing moved, and a balance "at the end" of months
    // not closed would only mislead: the note above says why they are not shown.
    const Period lastClosed = history().lastClosed;
    const bool anyClosed = lastClosed.isValid() && shown.from <= lastClosed;
    m_movementTitle->setVisible(known && anyClosed);
    m_movementView->setVisible(anyClosed && m_movement->rowCount() > 0);
    const bool hasPayments = m_payments->rowCount() > 0;
    m_paymentsView->setVisible(hasPayments);
    m_noPayments->setVisible(known && !hasPayments);
    m_charts->setHistory(history(), shown.from, shown.to);
    m_statementButton->setEnabled(known && !m_statement->isBusy());
    fitMovementSize();
}

void PaymentsPage::fitMovementSize()
{
    // Five rows of a label and a figure read best side by side, not at the two ends of the page.
    m_movementView->resizeColumnsToContents();
    const QHeaderView* header = m_movementView->horizontalHeader();
    const int amountWidth = std::max(
        header->sectionSize(MovementOfFundsModel::AmountColumn),
        m_movementView->fontMetrics().horizontalAdvance(QStringLiteral("000 000 000,00")) + 12);
    m_movementView->setColumnWidth(MovementOfFundsModel::AmountColumn, amountWidth);
    m_movementView->setFixedWidth(header->sectionSize(MovementOfFundsModel::ItemColumn)
                                  + amountWidth + 2 * m_movementView->frameWidth());
    m_movementView->setFixedHeight(header->sizeHint().height() + 2 * m_movementView->frameWidth()
                                   + MovementOfFundsModel::RowCount
                                       * m_movementView->verticalHeader()->defaultSectionSize());
}
