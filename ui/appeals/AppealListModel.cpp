#include "appeals/AppealListModel.h"

#include "outbox/OutboxPayload.h"
#include "protocol/json/AppealFormJson.h"
#include "widgets/ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

// The appeal an outbox item carries: the queued appeal's local id, and what was written.
struct QueuedAppeal
{
    std::optional<qint64> appealLocalId;
    std::optional<AppealForm> form;
};

QueuedAppeal queuedAppeal(const OutboxItem& item)
{
    const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item.payload);
    if (!payload)
        return {};
    return {payload->appealLocalId, AppealFormJson::fromJson(payload->body)};
}

} // namespace

AppealListModel::AppealListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AppealListModel::setAppeals(const QList<Appeal>& appeals)
{
    m_appeals = appeals;
    rebuild();
}

void AppealListModel::setOutboxItems(const QList<OutboxItem>& items)
{
    m_items.clear();
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(m_items),
                 [](const OutboxItem& item) { return item.kind == OutboxItem::Kind::Appeal; });
    rebuild();
}

void AppealListModel::setAccounts(const QList<Account>& accounts)
{
    m_accountNumbers.clear();
    for (const Account& account : accounts)
        m_accountNumbers.insert(account.id, account.number);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void AppealListModel::rebuild()
{
    QHash<qint64, const OutboxItem*> itemByAppeal;
    QList<Row> rows;
    for (const OutboxItem& item : std::as_const(m_items)) {
        const QueuedAppeal queued = queuedAppeal(item);
        if (queued.appealLocalId)
            itemByAppeal.insert(*queued.appealLocalId, &item);
        const bool cached = queued.appealLocalId
            && std::any_of(m_appeals.cbegin(), m_appeals.cend(), [&](const Appeal& appeal) {
                                return appeal.localId == *queued.appealLocalId;
                            });
        if (cached || !queued.form)
            continue;
        // Queued a moment ago, and the cache was read before: shown from the item meanwhile.
        Row row;
        row.appeal.localId = queued.appealLocalId.value_or(0);
        row.appeal.accountId = queued.form->accountId;
        row.appeal.topic = queued.form->topic;
        row.appeal.text = queued.form->text;
        row.appeal.status = Appeal::Status::Queued;
        row.appeal.createdAt = item.createdAt;
        row.outboxId = item.localId;
        row.delivery =
            item.state == OutboxItem::State::Failed ? Delivery::Refused : Delivery::Waiting;
        row.refusal = item.state == OutboxItem::State::Failed ? item.lastError : QString();
        rows.append(row);
    }
    for (const Appeal& appeal : std::as_const(m_appeals)) {
        Row row;
        row.appeal = appeal;
        if (appeal.serverId) {
            row.delivery = Delivery::AtServer;
        } else if (const OutboxItem* item = itemByAppeal.value(appeal.localId)) {
            row.outboxId = item->localId;
            if (item->state == OutboxItem::State::Failed) {
                row.delivery = Delivery::Refused;
                row.refusal = item->lastError;
            } else {
                row.delivery = Delivery::Waiting;
            }
        } else {
            row.delivery = Delivery::NotSent;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.appeal.createdAt > b.appeal.createdAt;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AppealListModel::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row& row) { return row.delivery == Delivery::Waiting; }));
}

QString AppealListModel::statusText(Appeal::Status status)
{
    switch (status) {
    case Appeal::Status::Draft:
        return tr("Draft");
    case Appeal::Status::Queued:
        return tr("Waiting to be sent");
    case Appeal::Status::Registered:
        return tr("Registered");
    case Appeal::Status::InProgress:
        return tr("In progress");
    case Appeal::Status::Answered:
        return tr("Answered");
    case Appeal::Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString AppealListModel::statusText(const Row& row)
{
    switch (row.delivery) {
    case Delivery::AtServer:
        return statusText(row.appeal.status);
    case Delivery::Waiting:
        return tr("Waiting to be sent");
    case Delivery::Refused:
        return row.refusal.isEmpty() ? tr("Not accepted by the server")
                                     : tr("Not accepted: %1").arg(row.refusal);
    case Delivery::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString AppealListModel::accountText(const Appeal& appeal) const
{
    if (!appeal.accountId)
        return tr("—");
    return m_accountNumbers.value(*appeal.accountId, QString::number(*appeal.accountId));
}

int AppealListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppealListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Appeal& appeal = row.appeal;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            // The day is enough in the list; the reader pane has the time.
            return QLocale().toString(appeal.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case TopicColumn:
            return appeal.topic;
        case AccountColumn:
            return accountText(appeal);
        case StatusColumn:
            return statusText(row);
        }
        break;
    case SortRole:
        if (index.column() == DateColumn)
            return appeal.createdAt;
        return data(index, Qt::DisplayRole);
    case DeliveryRole:
        return int(row.delivery);
    case Qt::ForegroundRole:
        if (row.delivery == Delivery::Refused || row.delivery == Delivery::NotSent)
            return QBrush(ThemeColors::error());
        if (row.delivery == Delivery::Waiting)
            return QBrush(ThemeColors::warning());
        break;
    case Qt::FontRole:
        if (row.delivery == Delivery::Waiting) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == StatusColumn && appeal.status == Appeal::Status::Answered
            && row.delivery == Delivery::AtServer) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AppealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Written");
    case TopicColumn:
        return tr("Topic");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
