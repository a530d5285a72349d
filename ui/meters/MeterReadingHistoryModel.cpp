#include "meters/MeterReadingHistoryModel.h"

#include "meters/MeterValueText.h"
#include "outbox/OutboxPayload.h"
#include "protocol/json/MeterReadingFormJson.h"
#include "widgets/ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

MeterReadingHistoryModel::MeterReadingHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MeterReadingHistoryModel::setReadings(qint64 meterId, const QList<MeterReading>& readings,
                                           const QList<OutboxItem>& items)
{
    beginResetModel();
    m_readings = readings;
    std::reverse(m_readings.begin(), m_readings.end());
    m_deliveries.clear();
    for (const MeterReading& reading : std::as_const(m_readings)) {
        std::optional<Delivery> delivery;
        for (const OutboxItem& item : items) {
            if (item.kind != OutboxItem::Kind::MeterReading)
                continue;
            const std::optional<OutboxPayload> payload = OutboxPayload::fromBytes(item.payload);
            if (!payload || payload->meterId != meterId)
                continue;
            const std::optional<MeterReadingForm> form =
                MeterReadingFormJson::fromJson(payload->body);
            if (form && form->date == reading.date)
                delivery = Delivery {item.state, item.lastError};
        }
        m_deliveries.append(delivery);
    }
    endResetModel();
}

QString MeterReadingHistoryModel::stateText(int row) const
{
    const MeterReading& reading = m_readings.at(row);
    const std::optional<Delivery>& delivery = m_deliveries.at(row);
    switch (reading.state) {
    case MeterReading::State::Pending:
        if (delivery && delivery->state == OutboxItem::State::Failed)
            return tr("Not accepted: %1").arg(delivery->error);
        return tr("Waiting to be sent");
    case MeterReading::State::Sent:
        return tr("Received by the server");
    case MeterReading::State::Accepted:
        return tr("Accepted");
    case MeterReading::State::Rejected:
        if (delivery && !delivery->error.isEmpty())
            return tr("Not accepted: %1").arg(delivery->error);
        return tr("Not accepted");
    }
    return {};
}

QString MeterReadingHistoryModel::consumption(int row) const
{
    const MeterReading& reading = m_readings.at(row);
    if (reading.state == MeterReading::State::Rejected)
        return {};
    // The reading before it that counts: rows are newest first.
    for (int older = row + 1; older < m_readings.size(); ++older) {
        const MeterReading& before = m_readings.at(older);
        if (before.state != MeterReading::State::Rejected)
            return MeterValueText::format(reading.valueThousandths - before.valueThousandths);
    }
    return {};
}

int MeterReadingHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_readings.size());
}

int MeterReadingHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterReadingHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_readings.size())
        return {};
    const MeterReading& reading = m_readings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(reading.date, QLocale::ShortFormat);
        case ValueColumn:
            return MeterValueText::format(reading.valueThousandths);
        case ConsumptionColumn:
            return consumption(index.row());
        case StateColumn:
            return stateText(index.row());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == ConsumptionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (reading.state == MeterReading::State::Rejected
            || (m_deliveries.at(index.row())
                && m_deliveries.at(index.row())->state == OutboxItem::State::Failed))
            return QBrush(ThemeColors::error());
        if (reading.state == MeterReading::State::Pending)
            return QBrush(ThemeColors::warning());
        break;
    case StateRole:
        return int(reading.state);
    default:
        break;
    }
    return {};
}

QVariant MeterReadingHistoryModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Reading");
    case ConsumptionColumn:
        return tr("Consumption");
    case StateColumn:
        return tr("State");
    }
    return {};
}
