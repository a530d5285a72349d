#include "meters/MeterListModel.h"

#include "meters/MeterValueText.h"

#include <QLocale>

#include <algorithm>

MeterListModel::MeterListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MeterListModel::setSnapshot(const MeterSnapshot& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

Meter MeterListModel::withLatestReading(const Meter& meter, const QList<MeterReading>& readings)
{
    Meter latest = meter;
    for (const MeterReading& reading : readings) {
        if (reading.state == MeterReading::State::Rejected)
            continue;
        if (!latest.hasLastReading() || reading.date > latest.lastReadingDate) {
            latest.lastReadingDate = reading.date;
            latest.lastValueThousandths = reading.valueThousandths;
        }
    }
    return latest;
}

Meter MeterListModel::effectiveMeter(int row) const
{
    const Meter& meter = m_snapshot.meters.at(row);
    return withLatestReading(meter, m_snapshot.readings.value(meter.id));
}

int MeterListModel::rowOf(qint64 meterId) const
{
    for (int row = 0; row < m_snapshot.meters.size(); ++row) {
        if (m_snapshot.meters.at(row).id == meterId)
            return row;
    }
    return -1;
}

QString MeterListModel::note(const Meter& meter) const
{
    const QList<MeterReading> readings = m_snapshot.readings.value(meter.id);
    const auto pending = std::count_if(readings.cbegin(), readings.cend(), [](const auto& reading) {
        return reading.state == MeterReading::State::Pending;
    });
    if (pending == 1)
        return tr("A reading is waiting to be sent");
    if (pending > 1)
        return tr("%n reading(s) waiting to be sent", nullptr, int(pending));
    if (!readings.isEmpty() && readings.constLast().state == MeterReading::State::Rejected)
        return tr("The last reading entered was not accepted");
    return {};
}

int MeterListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.meters.size());
}

int MeterListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshot.meters.size())
        return {};
    const Meter& meter = m_snapshot.meters.at(index.row());
    const Meter latest = effectiveMeter(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ServiceColumn:
            return meter.service;
        case SerialColumn:
            return meter.serialNumber;
        case LastValueColumn:
            return latest.hasLastReading() ? MeterValueText::format(latest.lastValueThousandths)
                                           : tr("none yet");
        case LastDateColumn:
            return latest.hasLastReading()
                ? QLocale().toString(latest.lastReadingDate, QLocale::ShortFormat)
                : QString();
        case NoteColumn:
            return note(meter);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LastValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MeterIdRole:
        return meter.id;
    case SortRole:
        if (index.column() == LastValueColumn)
            return latest.lastValueThousandths;
        if (index.column() == LastDateColumn)
            return latest.lastReadingDate;
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant MeterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case SerialColumn:
        return tr("Serial number");
    case LastValueColumn:
        return tr("Last reading");
    case LastDateColumn:
        return tr("Taken on");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
