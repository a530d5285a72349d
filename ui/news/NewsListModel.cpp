#include "news/NewsListModel.h"

#include "widgets/ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace {

constexpr int markSize = 10;

QIcon paintMark(const QColor& color)
{
    QPixmap pixmap(markSize, markSize);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(1, 1, markSize - 2, markSize - 2);
    }
    return QIcon(pixmap);
}

} // namespace

NewsListModel::NewsListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void NewsListModel::setItems(const QList<NewsItem>& items, const QSet<qint64>& newIds)
{
    beginResetModel();
    m_items = items;
    m_newIds = newIds;
    endResetModel();
}

bool NewsListModel::setRead(qint64 newsId, bool read)
{
    const int row = rowOf(newsId);
    if (row < 0)
        return false;
    if (m_items[row].read != read) {
        m_items[row].read = read;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

void NewsListModel::setAllRead()
{
    for (NewsItem& item : m_items)
        item.read = true;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

int NewsListModel::unreadCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const NewsItem& item) { return !item.read; }));
}

int NewsListModel::rowOf(qint64 newsId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == newsId)
            return row;
    }
    return -1;
}

QString NewsListModel::dateText(const QDateTime& published)
{
    return published.toLocalTime().date().toString(u"dd.MM.yyyy");
}

QIcon NewsListModel::mark(bool unread) const
{
    // An empty mark of the same size keeps the dates of read items in line.
    QIcon& icon = unread ? m_unreadMark : m_noMark;
    if (icon.isNull())
        icon = paintMark(unread ? ThemeColors::accent() : QColor());
    return icon;
}

int NewsListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NewsListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewsListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NewsItem& item = m_items.at(index.row());
    const bool isNew = m_newIds.contains(item.id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == DateColumn ? dateText(item.published) : item.title;
    case Qt::DecorationRole:
        if (index.column() == DateColumn)
            return mark(!item.read);
        break;
    case Qt::FontRole:
        if (!item.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (isNew)
            return QBrush(ThemeColors::newRow());
        break;
    case Qt::ToolTipRole: {
        QStringList notes;
        if (isNew)
            notes.append(tr("New since your last visit"));
        if (!item.read)
            notes.append(tr("Unread"));
        if (!notes.isEmpty())
            return notes.join(u'\n');
        break;
    }
    case Qt::AccessibleDescriptionRole:
        return item.read ? tr("Read") : tr("Unread");
    case NewsIdRole:
        return item.id;
    case ReadRole:
        return item.read;
    case NewRole:
        return isNew;
    case PublishedRole:
        return item.published;
    }
    return {};
}

QVariant NewsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}
