#pragma once

#include "protocol/types/Account.h"
#include "protocol/types/Appeal.h"
#include "protocol/types/OutboxItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

// The owner's appeals, newest first: those the cache holds (the server's, and those written here,
// which the cache shows as Queued until the server has them) merged with the outbox's appeal items,
// so that an appeal still waiting to be sent says so, and one the server refused says why. An
// outbox item whose appeal the cache has not been read with yet is shown from the item itself.
// Filled from snapshots; it never reads the cache itself.
class AppealListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TopicColumn,
        AccountColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        // What the column sorts by: the date as an instant, the rest as shown.
        SortRole = Qt::UserRole + 1,
        // The row's Delivery, as an int.
        DeliveryRole,
    };

    // Where an appeal is on its way to the operator.
    enum class Delivery
    {
        AtServer, // the server has it: its status says the rest
        Waiting, // in the outbox, to be sent (or being sent)
        Refused, // the server refused it for good; refusal says why
        NotSent, // written here, but no longer in the outbox (dropped)
    };

    struct Row
    {
        Appeal appeal;
        Delivery delivery = Delivery::AtServer;
        QString refusal;
        std::optional<qint64> outboxId; // the outbox item, while there is one
    };

    explicit AppealListModel(QObject* parent = nullptr);

    void setAppeals(const QList<Appeal>& appeals);
    void setOutboxItems(const QList<OutboxItem>& items);
    // For the account column: numbers instead of ids.
    void setAccounts(const QList<Account>& accounts);

    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int index) const { return m_rows.at(index); }
    int waitingCount() const;

    // "Waiting to be sent", "Answered", …, for people.
    static QString statusText(const Row& row);
    static QString statusText(Appeal::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString accountText(const Appeal& appeal) const;

    QList<Appeal> m_appeals;
    QList<OutboxItem> m_items;
    QHash<qint64, QString> m_accountNumbers;
    QList<Row> m_rows;
};
