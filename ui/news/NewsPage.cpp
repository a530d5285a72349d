#include "news/NewsPage.h"

#include "cache/CacheReaderThread.h"
#include "news/NewsListModel.h"
#include "store/CacheTransaction.h"
#include "store/NewsStore.h"
#include "widgets/CopyableTableView.h"
#include "widgets/ThemeColors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Visiting, the items read are the ones shown, and become seen in the same transaction: an item
// a sync adds in between stays new.
std::optional<NewsSnapshot> readNews(const QSqlDatabase& database, bool visiting)
{
    std::optional<CacheTransaction> transaction;
    if (visiting) {
        transaction.emplace(database);
        if (!transaction->isActive())
            return std::nullopt;
    }
    NewsStore store(database);
    const std::optional<QList<NewsItem>> items = store.latest();
    if (!items)
        return std::nullopt;
    const std::optional<QSet<qint64>> unseen = store.unseenIds();
    if (!unseen)
        return std::nullopt;
    if (transaction && (!store.markAllSeen() || !transaction->commit()))
        return std::nullopt;
    return NewsSnapshot {*items, *unseen};
}

QString bodyHtml(const QString& body)
{
    // Plain text from the server: a blank line parts paragraphs, a line break stays one.
    QStringList paragraphs;
    const QStringList blocks = body.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        QString html = block.trimmed().toHtmlEscaped();
        html.replace(u'\n', QStringLiteral("<br>"));
        paragraphs.append(QStringLiteral("<p>%1</p>").arg(html));
    }
    return paragraphs.join(QString());
}

} // namespace

NewsPage::NewsPage(CacheReaderThread* reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new NewsListModel(this))
    , m_view(new CopyableTableView(this))
    , m_readerPane(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_markAllRead(new QPushButton(tr("Mark all as read"), this))
{
    setObjectName(QStringLiteral("newsPage"));
    auto* title = new QLabel(tr("News"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("newsSummary"));
    m_markAllRead->setObjectName(QStringLiteral("markAllRead"));
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary);
    summaryRow->addStretch();
    summaryRow->addWidget(m_markAllRead);

    m_empty->setObjectName(QStringLiteral("noNews"));
    m_empty->setText(tr("No news yet."));

    m_view->setObjectName(QStringLiteral("news"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Titles run long: wrapped, not cut.
    m_view->setWordWrap(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(NewsListModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NewsListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    auto* markUnread = new QAction(tr("Mark as &unread"), m_view);
    markUnread->setObjectName(QStringLiteral("markUnread"));
    connect(markUnread, &QAction::triggered, this, &NewsPage::markCurrentUnread);
    m_view->addAction(markUnread);

    m_readerPane->setObjectName(QStringLiteral("newsReader"));
    m_readerPane->setOpenLinks(false);
    m_readerPane->setPlaceholderText(tr("Choose a news item to read it."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("newsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_readerPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(summaryRow);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NewsPage::showCurrent);
    connect(m_markAllRead, &QPushButton::clicked, this, &NewsPage::markAllRead);
    showSnapshot({});
}

int NewsPage::unreadCount() const
{
    return m_model->unreadCount();
}

void NewsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_visiting)
        return;
    m_visiting = true;
    // Not before the first read asked from outside: until the cache is open (the window's
    // reload), a read could create the file under the sync engine's feet.
    if (m_loaded)
        reload();
}

void NewsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_visiting = false;
    m_newThisVisit.clear();
}

void NewsPage::reload()
{
    if (!m_reader)
        return;
    const bool visiting = m_visiting;
    m_reader->query(
        this, [visiting](const QSqlDatabase& database) { return readNews(database, visiting); },
        [this, visiting](const NewsSnapshot& snapshot) {
            m_loaded = true;
            // What this read made seen is new for the rest of the visit.
            if (visiting && m_visiting)
                m_newThisVisit.unite(snapshot.unseen);
            m_newCount = visiting ? 0 : int(snapshot.unseen.size());
            showSnapshot(snapshot);
        });
}

void NewsPage::showSnapshot(const NewsSnapshot& snapshot)
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 chosen =
        current.isValid() ? current.data(NewsListModel::NewsIdRole).toLongLong() : 0;
    {
        // The same item chosen again is no new reading of it.
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setItems(snapshot.items, m_newThisVisit);
        const int row = m_model->rowOf(chosen);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, NewsListModel::TitleColumn));
    }
    m_empty->setVisible(snapshot.items.isEmpty());
    if (m_model->rowOf(chosen) < 0)
        m_readerPane->clear();
    updateCounts();
    emit newCountChanged(m_newCount);
    emit reloaded();
}

void NewsPage::updateCounts()
{
    const int unread = m_model->unreadCount();
    QStringList parts;
    if (!m_newThisVisit.isEmpty())
        parts.append(tr("%n new since your last visit", nullptr, int(m_newThisVisit.size())));
    if (m_model->rowCount() > 0)
        parts.append(unread > 0 ? tr("%n unread", nullptr, unread) : tr("all read"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_markAllRead->setEnabled(unread > 0);
    emit unreadCountChanged(unread);
}

bool NewsPage::openItem(qint64 newsId)
{
    const int row = m_model->rowOf(newsId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, NewsListModel::TitleColumn));
    return true;
}

void NewsPage::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_readerPane->clear();
        return;
    }
    const NewsItem& item = m_model->items().at(index.row());
    m_readerPane->setHtml(itemHtml(item));
    if (!item.read)
        setRead(item.id, true);
}

void NewsPage::markCurrentUnread()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        setRead(index.data(NewsListModel::NewsIdRole).toLongLong(), false);
}

void NewsPage::setRead(qint64 newsId, bool read)
{
    if (!m_model->setRead(newsId, read))
        return;
    updateCounts();
    if (!m_reader)
        return;
    m_reader->query(
        this,
        [newsId, read](const QSqlDatabase& database) -> std::optional<bool> {
            if (!NewsStore(database).markRead(newsId, read))
                return std::nullopt;
            return true;
        },
        [this](bool) { emit readStateSaved(); });
}

void NewsPage::markAllRead()
{
    m_model->setAllRead();
    updateCounts();
    if (!m_reader)
        return;
    m_reader->query(
        this,
        [](const QSqlDatabase& database) -> std::optional<bool> {
            if (!NewsStore(database).markAllRead())
                return std::nullopt;
            return true;
        },
        [this](bool) { emit readStateSaved(); });
}

QString NewsPage::itemHtml(const NewsItem& item)
{
    const QString published =
        item.published.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    // One pass of arg(): no text of the item is read as a placeholder.
    return QStringLiteral("<h3>%2</h3><p style=\"color: %1;\">%3</p>%4")
        .arg(ThemeColors::css(ThemeColors::hint()), item.title.toHtmlEscaped(),
             published.toHtmlEscaped(), bodyHtml(item.body));
}
