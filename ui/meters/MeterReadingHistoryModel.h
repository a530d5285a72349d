#pragma once

#include "protocol/types/MeterReading.h"
#include "protocol/types/OutboxItem.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// One meter's readings, newest first, with the consumption since the reading before and the
// state: accepted, or entered here and still waiting in the outbox, or refused by the server
// (with its reason, while the outbox keeps the refused item). Filled from snapshots; it never
// reads the cache itself.
class MeterReadingHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ValueColumn,
        ConsumptionColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        // The reading's MeterReading::State, as an int.
        StateRole = Qt::UserRole + 1,
    };

    explicit MeterReadingHistoryModel(QObject* parent = nullptr);

    // readings oldest first, as the cache gives them; items: the outbox's, of any kind.
    void setReadings(qint64 meterId, const QList<MeterReading>& readings,
                     const QList<OutboxItem>& items);
    const QList<MeterReading>& readings() const { return m_readings; }

    QString stateText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Delivery
    {
        OutboxItem::State state = OutboxItem::State::Pending;
        QString error;
    };
    QString consumption(int row) const;

    QList<MeterReading> m_readings; // newest first
    QList<std::optional<Delivery>> m_deliveries; // per row: the outbox item of the reading
};
