#include "accounts/HomePage.h"

#include "accounts/AccountListModel.h"
#include "widgets/CopyableTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AccountListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new CopyableTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    auto* title = new QLabel(tr("Home"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* intro = new QLabel(
        tr("All your personal accounts with the debt (or overpayment) of each. Open an account "
           "to see its charges."),
        this);
    intro->setWordWrap(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AccountListModel::SortRole);
    m_view->setObjectName(QStringLiteral("accounts"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountListModel::NumberColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AccountListModel::AddressColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setObjectName(QStringLiteral("noAccounts"));
    m_empty->setText(tr("No personal account is linked to your cabinet yet. Use \"Add personal "
                        "account\" at the top to link one."));
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(AccountListModel::AccountIdRole).toLongLong());
    });
    // Neither the table nor "no account is linked" until the accounts are known: a start would
    // otherwise say there are none for the moment the cache takes to be read.
    m_view->hide();
    m_empty->hide();
}

void HomePage::setAccounts(const QList<Account>& accounts)
{
    m_model->setAccounts(accounts);
    m_view->setVisible(!accounts.isEmpty());
    m_empty->setVisible(accounts.isEmpty());
    if (!accounts.isEmpty() && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_sorted->index(0, 0));
}
