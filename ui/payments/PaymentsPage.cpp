#include "payments/PaymentsPage.h"

#include "charts/AccountChartsWidget.h"
#include "payments/MovementOfFundsCalculator.h"
#include "payments/MovementOfFundsModel.h"
#include "payments/PaymentListModel.h"
#include "payments/StatementDialog.h"
#include "printing/FileOutputPolicy.h"
#include "printing/StatementSaver.h"
#include "widgets/CopyableTableView.h"
#include "widgets/PeriodRangePicker.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
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
    , m_saver(new StatementSaver(reader, this))
    , m_chooseFile([](QWidget* owner, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(owner, tr("Save the statement"), suggested, filter);
    })
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
    // A statement is a file and nothing else: not offered where files may not be written.
    m_statementButton->setVisible(FileOutputPolicy::allowsFiles());
    connect(m_statementButton, &QPushButton::clicked, this, &PaymentsPage::openStatementDialog);
    connect(m_saver, &StatementSaver::finished, this, &PaymentsPage::onStatementSaved);

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

StatementDialog* PaymentsPage::statementDialog() const
{
    return m_statementDialog;
}

void PaymentsPage::openStatementDialog()
{
    if (m_statementDialog || history().account.id == 0 || !FileOutputPolicy::allowsFiles())
        return;
    const HistoryRange bounds {rangePicker()->firstAllowed(), rangePicker()->lastAllowed()};
    auto* dialog = new StatementDialog(history().account, range(), bounds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PaymentsPage::saveStatement);
    m_statementDialog = dialog;
    dialog->open();
}

void PaymentsPage::saveStatement()
{
    if (!m_statementDialog)
        return;
    const QString number = m_statementDialog->allAccounts() ? QString() : history().account.number;
    const HistoryRange chosen = m_statementDialog->range();
    const QString suggested = QDir::home().filePath(m_statementDialog->suggestedFileName());
    const QString filter = m_statementDialog->fileFilter();
    const StatementFile::Format format = m_statementDialog->format();
    m_statementDialog.clear(); // closed, and deletes itself
    QString path = m_chooseFile(this, suggested, filter);
    if (path.isEmpty())
        return;
    // A name typed without its suffix gets the one of the format chosen.
    if (!StatementFile::formatFor(path))
        path +=
            format == StatementFile::Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    m_statementButton->setEnabled(false);
    m_statementStatus->setText(tr("Saving the statement…"));
    m_saver->save(number, chosen.from, chosen.to, path);
}

void PaymentsPage::onStatementSaved(const QString& path, const QString& error)
{
    m_statementButton->setEnabled(true);
    if (error.isEmpty()) {
        m_statementStatus->setText(
            tr("The statement is saved to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_statementStatus->setText(error);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Statement"),
                                tr("The statement was not saved."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("statementError"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
                    .arg(shown.from.toRussianString(), shown.to.toRussianString())
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
    m_statementButton->setEnabled(known && !m_saver->isBusy());
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
