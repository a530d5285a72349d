#pragma once

#include "meters/MeterSnapshot.h"

#include <QAbstractTableModel>

// The meters of one account, one row each: what it measures, its serial number and its last
// reading. A reading entered here and not yet accepted counts as the last one (marked so), since
// the next reading must not be lower than it either. Filled from a snapshot; it never reads the
// cache itself.
class MeterListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        SerialColumn,
        LastValueColumn,
        LastDateColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        MeterIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit MeterListModel(QObject* parent = nullptr);

    void setSnapshot(const MeterSnapshot& snapshot);
    const MeterSnapshot& snapshot() const { return m_snapshot; }
    // The meter of row as the next reading is checked against: its last reading being the latest
    // one that is not rejected, accepted or still on its way.
    Meter effectiveMeter(int row) const;
    int rowOf(qint64 meterId) const;

    // meter with its last reading moved on to the latest of readings that is not Rejected.
    static Meter withLatestReading(const Meter& meter, const QList<MeterReading>& readings);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString note(const Meter& meter) const;

    MeterSnapshot m_snapshot;
};
