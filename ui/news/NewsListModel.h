#pragma once

#include "protocol/types/NewsItem.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSet>

// The operator's news, newest first: the date and the title of each, an unread item in bold with
// a dot, an item new since the last visit marked as such.
class NewsListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        ColumnCount
    };
    enum Role
    {
        NewsIdRole = Qt::UserRole + 1, // qint64, every column
        ReadRole, // bool
        NewRole, // bool: came since the last visit
        PublishedRole, // QDateTime, UTC
    };

    explicit NewsListModel(QObject* parent = nullptr);

    // newIds: the items to mark as new.
    void setItems(const QList<NewsItem>& items, const QSet<qint64>& newIds = {});
    const QList<NewsItem>& items() const { return m_items; }
    // Changes one item's read flag; false when there is no such item.
    bool setRead(qint64 newsId, bool read);
    void setAllRead();
    int unreadCount() const;
    // -1 when there is no such item.
    int rowOf(qint64 newsId) const;

    // "15.10.2024", in the computer's time zone.
    static QString dateText(const QDateTime& published);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QIcon mark(bool unread) const;

    QList<NewsItem> m_items;
    QSet<qint64> m_newIds;
    // Made on first use, when a GUI application exists.
    mutable QIcon m_unreadMark;
    mutable QIcon m_noMark;
};
