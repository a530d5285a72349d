#include "accounts/AccountCardPage.h"

#include "accounts/BalanceText.h"
#include "accounts/ChargeTableModel.h"
#include "accounts/DecimalText.h"
#include "payments/StatementAction.h"
#include "widgets/CopyableTableView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

AccountCardPage::AccountCardPage(QWidget* parent)
    : QWidget(parent)
    , m_charges(new ChargeTableModel(this))
    , m_view(new CopyableTableView(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_period(new QLabel(this))
    , m_noCharges(new QLabel(this))
    , m_statementButton(new QPushButton(tr("Statement…"), this))
    , m_statementStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("accountCardPage"));
    auto* back = new QPushButton(tr("< All accounts"), this);
    back->setObjectName(QStringLiteral("backToAccounts"));
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &AccountCardPage::backRequested);

    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period->setObjectName(QStringLiteral("sectionTitle"));
    m_noCharges->setObjectName(QStringLiteral("noCharges"));
    m_noCharges->setText(tr("No charges yet: they appear once the operator closes a period."));
    m_noCharges->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("charges"));
    m_view->setModel(m_charges);
    // Not sortable: a handful of services, and the «ИТОГО» row has to stay last.
    m_view->setSortingEnabled(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ChargeTableModel::ServiceColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Room around the text, as the home page's table has by default.
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    auto* history = new QLabel(tr("History:"), this);
    auto* charges = new QPushButton(tr("Charges history >"), this);
    charges->setObjectName(QStringLiteral("chargesHistory"));
    connect(charges, &QPushButton::clicked, this,
            [this] { emit chargesHistoryRequested(m_card.account.id); });
    auto* payments = new QPushButton(tr("Payments history >"), this);
    payments->setObjectName(QStringLiteral("paymentsHistory"));
    connect(payments, &QPushButton::clicked, this,
            [this] { emit paymentsHistoryRequested(m_card.account.id); });
    auto* receipt = new QPushButton(tr("Receipt…"), this);
    receipt->setObjectName(QStringLiteral("receipt"));
    receipt->setToolTip(tr("The payment document of a closed period: preview, print or save as "
                           "PDF."));
    connect(receipt, &QPushButton::clicked, this,
            [this] { emit receiptRequested(m_card.account.id); });
    m_statementButton->setObjectName(QStringLiteral("statement"));
    m_statementButton->setToolTip(
        tr("Save the movement of funds, charges and payments of chosen periods as PDF or CSV"));
    m_statementButton->setVisible(StatementAction::isOffered());
    connect(m_statementButton, &QPushButton::clicked, this,
            [this] { emit statementRequested(m_card.account.id); });
    m_statementStatus->setObjectName(QStringLiteral("statementStatus"));
    m_statementStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statementStatus->setWordWrap(true);
    m_statementStatus->hide();
    auto* links = new QHBoxLayout;
    links->addWidget(history);
    links->addWidget(charges);
    links->addWidget(payments);
    links->addStretch();
    links->addWidget(receipt);
    links->addWidget(m_statementButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_balance);
    layout->addSpacing(12);
    layout->addWidget(m_period);
    layout->addWidget(m_view);
    layout->addWidget(m_noCharges);
    layout->addSpacing(8);
    layout->addLayout(links);
    layout->addWidget(m_statementStatus, 0, Qt::AlignRight);
    layout->addStretch();
}

void AccountCardPage::setStatementStatus(const QString& text)
{
    m_statementStatus->setText(text);
    m_statementStatus->setVisible(!text.isEmpty());
}

void AccountCardPage::setStatementBusy(bool busy)
{
    m_statementButton->setEnabled(!busy);
}

void AccountCardPage::setCard(const AccountCard& card)
{
    // Another account's card: the last statement's line was about the former one.
    if (card.account.id != m_card.account.id)
        setStatementStatus(QString());
    m_card = card;
    const Account& account = card.account;
    m_title->setText(tr("Personal account No. %1 | %2").arg(account.number, account.ownerName));
    m_details->setText(tr("%1 | Floor area: %2 sq. m | Type: %3")
                           .arg(account.address, DecimalText::hundredths(account.areaCentiM2),
                                account.ownershipType));
    const QColor color = BalanceText::color(account.balance);
    m_balance->setText(
        QStringLiteral("%1: <b><span style=\"color:%2\">%3</span></b>")
            .arg(BalanceText::label(account.balance).toHtmlEscaped(),
                 color.isValid() ? color.name() : palette().color(QPalette::WindowText).name(),
                 BalanceText::amount(account.balance).toHtmlEscaped()));

    m_charges->setLines(card.lines);
    const bool hasCharges = card.period.isValid() && !card.lines.isEmpty();
    m_period->setText(card.period.isValid()
                          ? tr("Charges for %1").arg(card.period.toRussianPhrase())
                          : tr("Charges"));
    m_view->setVisible(hasCharges);
    m_noCharges->setVisible(!hasCharges);
    fitTableHeight();
}

void AccountCardPage::fitTableHeight()
{
    // The table shows all its rows at once, as on the portal: a few services never need a
    // scroll bar of their own, and the page around it stays the one place that scrolls.
    int height = m_view->horizontalHeader()->height() + 2 * m_view->frameWidth();
    for (int row = 0; row < m_charges->rowCount(); ++row)
        height += m_view->rowHeight(row);
    if (m_view->horizontalScrollBar()->isVisible())
        height += m_view->horizontalScrollBar()->height();
    m_view->setFixedHeight(height);
}
