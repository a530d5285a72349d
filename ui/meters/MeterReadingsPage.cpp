#include "meters/MeterReadingsPage.h"

#include "cache/CacheReaderThread.h"
#include "meters/MeterListModel.h"
#include "meters/MeterReadingEditor.h"
#include "meters/MeterReadingHistoryModel.h"
#include "outbox/Outbox.h"
#include "store/MeterStore.h"
#include "widgets/CopyableTableView.h"
#include "widgets/FormBuddies.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {

std::optional<MeterSnapshot> readSnapshot(const QSqlDatabase& database, qint64 accountId)
{
    MeterStore store(database);
    const std::optional<QList<Meter>> meters = store.meters(accountId);
    if (!meters)
        return std::nullopt;
    MeterSnapshot snapshot;
    snapshot.accountId = accountId;
    snapshot.meters = *meters;
    for (const Meter& meter : *meters) {
        const std::optional<QList<MeterReading>> readings =
            store.readings(meter.id, QDate(1, 1, 1), QDate(9999, 12, 31));
        if (!readings)
            return std::nullopt;
        snapshot.readings.insert(meter.id, *readings);
    }
    return snapshot;
}

void setUpTable(CopyableTableView* view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

MeterReadingsPage::MeterReadingsPage(CacheReaderThread* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_account(new AccountChooser(this))
    , m_noMeters(new QLabel(this))
    , m_meters(new MeterListModel(this))
    , m_meterView(new CopyableTableView(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new MeterReadingHistoryModel(this))
    , m_historyView(new CopyableTableView(this))
    , m_editor(new MeterReadingEditor(this))
{
    setObjectName(QStringLiteral("meterReadingsPage"));
    auto* title = new QLabel(tr("Meter readings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    // Selectable, like every text here, for «Заметили ошибку в тексте?» (Ctrl+Enter).
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* intro = new QLabel(tr("Enter the readings of your meters. A reading entered without a "
                                "connection waits here and is sent as soon as the server can be "
                                "reached."),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_account->setObjectName(QStringLiteral("meterAccount"));
    auto* accountRow = new QHBoxLayout;
    auto* accountLabel = new QLabel(tr("Personal &account:"), this);
    FormBuddies::bind(accountLabel, m_account);
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_account);
    accountRow->addStretch();

    m_noMeters->setObjectName(QStringLiteral("noMeters"));
    m_noMeters->setText(tr("No meter is registered on your accounts."));
    m_noMeters->setWordWrap(true);
    m_noMeters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noMeters->hide();

    m_meterView->setObjectName(QStringLiteral("meters"));
    m_meterView->setModel(m_meters);
    m_meterView->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpTable(m_meterView, MeterListModel::NoteColumn);
    m_meterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meterView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_historyTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyView->setObjectName(QStringLiteral("readingHistory"));
    m_historyView->setModel(m_history);
    setUpTable(m_historyView, MeterReadingHistoryModel::StateColumn);

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView, 1);

    auto* newReading = new QGroupBox(tr("New reading"), this);
    newReading->setObjectName(QStringLiteral("newReading"));
    auto* editorLayout = new QVBoxLayout(newReading);
    editorLayout->addWidget(m_editor);
    newReading->setFixedWidth(300);

    auto* lower = new QHBoxLayout;
    lower->addWidget(history, 1);
    lower->addWidget(newReading);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(accountRow);
    layout->addWidget(m_noMeters);
    layout->addWidget(m_meterView);
    layout->addLayout(lower, 1);

    connect(m_account, &QComboBox::activated, this, &MeterReadingsPage::reload);
    connect(m_meterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeterReadingsPage::showMeter);
    showSnapshot({});
}

void MeterReadingsPage::setOutbox(Outbox* outbox)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_outboxConnections))
        disconnect(connection);
    m_outboxConnections.clear();
    m_outbox = outbox;
    m_editor->setOutbox(outbox);
    if (outbox) {
        // A queued reading is in the cache by the time the outbox reports it, and the server's
        // answer too: both are read again together.
        m_outboxConnections = {
            connect(outbox, &Outbox::changed, this, &MeterReadingsPage::reload),
            connect(outbox, &Outbox::ready, this, &MeterReadingsPage::reload),
        };
    }
    reload();
}

qint64 MeterReadingsPage::accountId() const
{
    return m_account->accountId();
}

void MeterReadingsPage::setAccounts(const QList<Account>& accounts)
{
    m_accounts = accounts;
    QList<Account> withMeters;
    std::copy_if(accounts.cbegin(), accounts.cend(), std::back_inserter(withMeters),
                 [](const Account& account) { return account.hasMeters; });
    m_account->setAccounts(withMeters);
    reload();
}

void MeterReadingsPage::setCurrentAccountId(qint64 accountId)
{
    if (m_account->followWindowAccount(accountId))
        reload();
}

void MeterReadingsPage::reload()
{
    const qint64 account = accountId();
    if (!m_reader)
        return;
    if (account == 0) {
        showSnapshot({});
        return;
    }
    m_reader->query(
        this, [account](const QSqlDatabase& database) { return readSnapshot(database, account); },
        [this](const MeterSnapshot& snapshot) {
            // An answer for an account no longer chosen is stale.
            if (snapshot.accountId == accountId())
                showSnapshot(snapshot);
        });
}

std::optional<qint64> MeterReadingsPage::currentMeterId() const
{
    const QModelIndex index = m_meterView->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(MeterListModel::MeterIdRole).toLongLong();
}

void MeterReadingsPage::showSnapshot(const MeterSnapshot& snapshot)
{
    const std::optional<qint64> chosen = currentMeterId();
    m_meters->setSnapshot(snapshot);
    fitMeterTable();
    const bool any = !snapshot.meters.isEmpty();
    m_meterView->setVisible(any);
    m_noMeters->setVisible(!any);
    const int row = chosen ? m_meters->rowOf(*chosen) : -1;
    if (any)
        m_meterView->setCurrentIndex(m_meters->index(row >= 0 ? row : 0, 0));
    showMeter();
    emit reloaded();
}

void MeterReadingsPage::fitMeterTable()
{
    // An account has a meter or two: the table shows them all, and the history below gets the
    // rest of the height.
    int height =
        m_meterView->horizontalHeader()->sizeHint().height() + 2 * m_meterView->frameWidth();
    for (int row = 0; row < m_meters->rowCount(); ++row)
        height += m_meterView->verticalHeader()->sectionSize(row);
    if (m_meterView->horizontalScrollBar()->isVisible())
        height += m_meterView->horizontalScrollBar()->height();
    m_meterView->setFixedHeight(height);
}

bool MeterReadingsPage::selectMeter(qint64 meterId)
{
    const int row = m_meters->rowOf(meterId);
    if (row < 0)
        return false;
    m_meterView->setCurrentIndex(m_meters->index(row, 0));
    showMeter();
    return true;
}

void MeterReadingsPage::showMeter()
{
    const QModelIndex index = m_meterView->currentIndex();
    if (!index.isValid()) {
        m_historyTitle->setText(tr("History"));
        m_history->setReadings(0, {}, {});
        m_editor->setMeter(std::nullopt);
        return;
    }
    const Meter& meter = m_meters->snapshot().meters.at(index.row());
    m_historyTitle->setText(tr("History: %1, No. %2").arg(meter.service, meter.serialNumber));
    QList<OutboxItem> items;
    if (const Outbox* outbox = m_outbox.data())
        items = outbox->items();
    m_history->setReadings(meter.id, m_meters->snapshot().readings.value(meter.id), items);
    m_editor->setMeter(m_meters->effectiveMeter(index.row()));
}
