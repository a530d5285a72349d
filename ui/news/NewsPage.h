#pragma once

#include "news/NewsSnapshot.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class CacheReaderThread;
class CopyableTableView;
class NewsListModel;
class QLabel;
class QPushButton;
class QTextBrowser;

// The «Новости» section: the operator's news, newest first, an unread item in bold with a dot,
// and the chosen one in full in the reader pane beside the list. Showing an item marks it read.
//
// Whether an item has been read, and whether it has been shown at all, is kept in the cache
// (NewsStore), written on the reader's thread like every read. While the page is visible the
// user is visiting it: what came since the last visit is marked new and counted (newCount(),
// which the window shows beside «Новости»), and becomes seen.
class NewsPage : public QWidget
{
    Q_OBJECT

public:
    // reader is not owned; it may go away before the page (the page then stops reading).
    explicit NewsPage(CacheReaderThread* reader, QWidget* parent = nullptr);

    NewsListModel* model() const { return m_model; }
    CopyableTableView* view() const { return m_view; }
    QTextBrowser* readerPane() const { return m_readerPane; }
    // Items not shown to the user yet: what came since the last visit. 0 while visiting.
    int newCount() const { return m_newCount; }
    int unreadCount() const;
    // Chooses the item, shows it in the reader pane and marks it read; false when there is no
    // such item.
    bool openItem(qint64 newsId);

    // The item as the reader pane shows it (HTML, every value escaped).
    static QString itemHtml(const NewsItem& item);

public slots:
    void reload();
    void markAllRead();
    // Marks the chosen item unread again.
    void markCurrentUnread();

signals:
    // A read arrived and is shown.
    void reloaded();
    void newCountChanged(int count);
    void unreadCountChanged(int count);
    // A change of the read flags is in the cache.
    void readStateSaved();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showSnapshot(const NewsSnapshot& snapshot);
    void showCurrent();
    void setRead(qint64 newsId, bool read);
    void updateCounts();

    QPointer<CacheReaderThread> m_reader;
    NewsListModel* m_model = nullptr;
    CopyableTableView* m_view = nullptr;
    QTextBrowser* m_readerPane = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_markAllRead = nullptr;
    bool m_loaded = false; // a read has arrived
    bool m_visiting = false;
    QSet<qint64> m_newThisVisit; // marked new until the page is left
    int m_newCount = 0;
};
