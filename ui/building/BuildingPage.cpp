#include "building/BuildingPage.h"

#include "building/BuildingFields.h"
#include "building/FieldTableModel.h"
#include "building/RepairPlanModel.h"
#include "cache/CacheReaderThread.h"
#include "store/BuildingStore.h"
#include "widgets/CopyableTableView.h"
#include "widgets/FormBuddies.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

std::optional<BuildingSnapshot> readSnapshot(const QSqlDatabase& database, qint64 buildingId)
{
    BuildingStore store(database);
    BuildingSnapshot snapshot;
    snapshot.buildingId = buildingId;
    snapshot.building = store.building(buildingId);
    if (!snapshot.building) {
        // No such house yet is an answer too; a failed read is not.
        if (store.lastError().isValid())
            return std::nullopt;
        return snapshot;
    }
    const std::optional<QList<CapitalRepairWork>> works = store.works(buildingId);
    if (!works)
        return std::nullopt;
    snapshot.works = *works;
    snapshot.fund = store.houseFund(buildingId);
    if (!snapshot.fund && store.lastError().isValid())
        return std::nullopt;
    return snapshot;
}

bool hasFigures(const std::optional<HouseFund>& fund)
{
    if (!fund)
        return false;
    return fund->asOf.isValid() || !fund->charged.isZero() || !fund->paid.isZero()
        || !fund->debt.isZero() || !fund->spentOnWorks.isZero();
}

CopyableTableView* makeTable(QWidget* parent, const QString& name, QAbstractItemModel* model,
                             bool header)
{
    auto* view = new CopyableTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setVisible(header);
    view->horizontalHeader()->setHighlightSections(false);
    // The page scrolls as a whole; each table is as tall as all its rows, wrapped ones included,
    // at whatever width it gets.
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setMinimumSectionSize(view->fontMetrics().height() + 12);
    return view;
}

QLabel* makeNote(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* makeSectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

BuildingPage::BuildingPage(CacheReaderThread* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_account(new AccountChooser(this))
    , m_passport(new FieldTableModel(this))
    , m_plan(new RepairPlanModel(this))
    , m_fund(new FieldTableModel(this))
{
    setObjectName(QStringLiteral("buildingPage"));
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("buildingContent"));

    auto* title = new QLabel(tr("Technical data of the building"), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_account->setObjectName(QStringLiteral("buildingAccount"));
    auto* accountRow = new QHBoxLayout;
    auto* accountLabel = new QLabel(tr("Personal &account:"), content);
    FormBuddies::bind(accountLabel, m_account);
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_account);
    accountRow->addStretch();

    m_address = makeNote(content, QStringLiteral("buildingAddress"));
    m_address->setTextFormat(Qt::RichText);
    m_state = makeNote(content, QStringLiteral("buildingState"));

    m_details = new QWidget(content);
    m_passportView = makeTable(m_details, QStringLiteral("passport"), m_passport, false);
    m_passportView->horizontalHeader()->setSectionResizeMode(FieldTableModel::NameColumn,
                                                             QHeaderView::ResizeToContents);
    m_passportView->horizontalHeader()->setStretchLastSection(true);
    m_fundTitle = makeSectionTitle(tr("The house's fund"), m_details);
    m_fundView = makeTable(m_details, QStringLiteral("fund"), m_fund, false);
    m_fundView->horizontalHeader()->setSectionResizeMode(FieldTableModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_fundView->horizontalHeader()->setSectionResizeMode(FieldTableModel::ValueColumn,
                                                         QHeaderView::ResizeToContents);
    m_noFund = makeNote(m_details, QStringLiteral("noFund"));
    m_noFund->setText(tr("The operator has not reported the fund's figures yet."));
    m_planView = makeTable(m_details, QStringLiteral("repairPlan"), m_plan, true);
    m_planView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_planView->horizontalHeader()->setSectionResizeMode(RepairPlanModel::WorkColumn,
                                                         QHeaderView::Stretch);
    m_noWorks = makeNote(m_details, QStringLiteral("noWorks"));
    m_noWorks->setText(tr("No capital-repair work is planned for this house yet."));

    auto* passportBox = new QVBoxLayout;
    passportBox->addWidget(makeSectionTitle(tr("Passport of the building"), m_details));
    passportBox->addWidget(m_passportView);
    passportBox->addStretch();
    auto* fundBox = new QVBoxLayout;
    fundBox->addWidget(m_fundTitle);
    fundBox->addWidget(m_fundView);
    fundBox->addWidget(m_noFund);
    fundBox->addStretch();
    auto* upper = new QHBoxLayout;
    upper->addLayout(passportBox, 3);
    upper->addSpacing(16);
    upper->addLayout(fundBox, 2);

    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(upper);
    details->addSpacing(12);
    details->addWidget(makeSectionTitle(tr("Capital-repair plan"), m_details));
    details->addWidget(m_planView);
    details->addWidget(m_noWorks);

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addLayout(accountRow);
    layout->addWidget(m_address);
    layout->addWidget(m_state);
    layout->addSpacing(6);
    layout->addWidget(m_details);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("buildingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_account, &QComboBox::activated, this, &BuildingPage::reload);
    showSnapshot({});
}

qint64 BuildingPage::accountId() const
{
    return m_account->accountId();
}

std::optional<qint64> BuildingPage::buildingIdOf(qint64 accountId) const
{
    const auto account =
        std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                     [accountId](const Account& candidate) { return candidate.id == accountId; });
    if (account == m_accounts.cend())
        return std::nullopt;
    return account->buildingId;
}

void BuildingPage::setAccounts(const QList<Account>& accounts)
{
    m_accounts = accounts;
    m_account->setAccounts(accounts);
    reload();
}

void BuildingPage::setCurrentAccountId(qint64 accountId)
{
    if (m_account->followWindowAccount(accountId))
        reload();
}

void BuildingPage::reload()
{
    const std::optional<qint64> buildingId = buildingIdOf(accountId());
    if (!buildingId) {
        showSnapshot({});
        return;
    }
    if (!m_reader)
        return;
    m_reader->query(
        this,
        [id = *buildingId](const QSqlDatabase& database) { return readSnapshot(database, id); },
        [this](const BuildingSnapshot& snapshot) {
            // An answer for a house no longer chosen is stale.
            if (snapshot.buildingId == buildingIdOf(accountId()).value_or(0))
                showSnapshot(snapshot);
        });
}

void BuildingPage::showSnapshot(const BuildingSnapshot& snapshot)
{
    m_snapshot = snapshot;
    const qint64 account = accountId();
    const auto linked =
        std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                     [account](const Account& candidate) { return candidate.id == account; });
    m_account->setEnabled(m_accounts.size() > 1);

    QString state;
    if (linked == m_accounts.cend())
        state = tr("No personal account is linked yet.");
    else if (!linked->buildingId)
        state = tr("The operator has not linked a house to this personal account yet.");
    else if (!snapshot.building)
        state = tr("The house's data has not been received yet; it appears after the next sync.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());

    const QString address = snapshot.building && !snapshot.building->address.isEmpty()
        ? snapshot.building->address
        : (linked != m_accounts.cend() ? linked->address : QString());
    m_address->setText(QStringLiteral("<b>%1</b>").arg(address.toHtmlEscaped()));
    m_address->setVisible(!address.isEmpty());

    const bool shown = snapshot.building.has_value();
    m_details->setVisible(shown);
    m_passport->setFields(shown ? BuildingFields::passport(*snapshot.building)
                                : QList<FieldTableModel::Field>());
    m_plan->setWorks(snapshot.works);
    m_planView->setVisible(!snapshot.works.isEmpty());
    m_noWorks->setVisible(snapshot.works.isEmpty());

    const bool figures = hasFigures(snapshot.fund);
    m_fund->setFields(figures ? BuildingFields::fund(*snapshot.fund)
                              : QList<FieldTableModel::Field>());
    m_fundView->setVisible(figures);
    m_noFund->setVisible(!figures);
    m_fundTitle->setText(
        figures && snapshot.fund->asOf.isValid()
            ? tr("The house's fund as of %1").arg(snapshot.fund->asOf.toString(u"dd.MM.yyyy"))
            : tr("The house's fund"));

    emit reloaded();
}
