#pragma once

#include "protocol/types/Meter.h"
#include "protocol/types/MeterReading.h"
#include "store/StoreConnection.h"

#include <QList>

#include <optional>

// Meters of accounts and their readings. Removing a meter removes its readings.
class MeterStore
{
public:
    explicit MeterStore(QSqlDatabase db);

    // Inserts the meter or overwrites the one with the same id.
    bool upsertMeter(const Meter& meter);
    // Makes the cache hold exactly these meters for the account. Fails, changing nothing, when a
    // meter belongs to another account.
    bool replaceMeters(qint64 accountId, const QList<Meter>& meters);
    bool removeMeter(qint64 meterId);
    // std::nullopt when there is no such meter (lastError() invalid) or on failure.
    std::optional<Meter> meter(qint64 meterId) const;
    // Ordered by id.
    std::optional<QList<Meter>> meters(qint64 accountId) const;

    // Inserts the reading or overwrites the meter's reading of the same date.
    bool saveReading(const MeterReading& reading);
    // Fails when there is no such reading.
    bool setReadingState(qint64 meterId, QDate date, MeterReading::State state);
    // From from to to inclusive, oldest first.
    std::optional<QList<MeterReading>> readings(qint64 meterId, QDate from, QDate to) const;
    std::optional<QList<MeterReading>> readingsInState(MeterReading::State state) const;

    QSqlError lastError() const { return m_connection.lastError(); }

private:
    StoreConnection m_connection;
};
