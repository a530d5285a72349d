#include "engine/SyncMeterWriter.h"

#include <QSet>

SyncMeterWriter::SyncMeterWriter(QSqlDatabase db)
    : m_store(std::move(db))
{ }

bool SyncMeterWriter::write(const MeterDetails& details)
{
    const qint64 meterId = details.meter.id;
    const std::optional<QList<MeterReading>> cached =
        m_store.readings(meterId, QDate(1, 1, 1), QDate(9999, 12, 31));
    if (!cached)
        return false;
    QSet<QDate> serverDates;
    for (const MeterReading& reading : details.readings)
        serverDates.insert(reading.date);
    QList<MeterReading> keep;
    for (const MeterReading& reading : *cached) {
        if (reading.state == MeterReading::State::Pending && !serverDates.contains(reading.date))
            keep.append(reading);
    }

    // The store has no way to drop single readings: removing the meter drops them all (the
    // caller's transaction makes the remove and the rewrite one change).
    if (!m_store.removeMeter(meterId) || !m_store.upsertMeter(details.meter))
        return false;
    for (const MeterReading& reading : details.readings) {
        if (!m_store.saveReading(reading))
            return false;
    }
    for (const MeterReading& reading : keep) {
        if (!m_store.saveReading(reading))
            return false;
    }
    return true;
}
