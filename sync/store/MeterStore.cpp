#include "store/MeterStore.h"

#include "store/StoreValues.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString selectMeters = u"SELECT id, account_id, service, serial_number, "
                             "last_value_thousandths, last_reading_on FROM meters "_s;

const QString selectReadings =
    u"SELECT meter_id, taken_on, value_thousandths, state FROM meter_readings "_s;

Meter meterFromRow(const QSqlQuery& row)
{
    Meter meter;
    meter.id = row.value(0).toLongLong();
    meter.accountId = row.value(1).toLongLong();
    meter.service = row.value(2).toString();
    meter.serialNumber = row.value(3).toString();
    meter.lastValueThousandths = row.value(4).toLongLong();
    meter.lastReadingDate = StoreValues::toDate(row.value(5));
    return meter;
}

MeterReading readingFromRow(const QSqlQuery& row)
{
    MeterReading reading;
    reading.meterId = row.value(0).toLongLong();
    reading.date = StoreValues::toDate(row.value(1));
    reading.valueThousandths = row.value(2).toLongLong();
    // The table's CHECK admits only known words.
    reading.state =
        MeterReading::stateFromKey(row.value(3).toString()).value_or(MeterReading::State::Pending);
    return reading;
}

} // namespace

MeterStore::MeterStore(QSqlDatabase db)
    : m_connection(std::move(db))
{ }

bool MeterStore::upsertMeter(const Meter& meter)
{
    // The table keeps "no reading yet" as NULL value and date, never as a zero reading.
    const QVariant lastValue = meter.hasLastReading() ? QVariant(meter.lastValueThousandths)
                                                      : QVariant(QMetaType::fromType<qint64>());
    return m_connection.upsert(
        u"UPDATE meters SET account_id = :account, service = :service, serial_number = :serial, "
        "last_value_thousandths = :value, last_reading_on = :date WHERE id = :id"_s,
        u"INSERT INTO meters (id, account_id, service, serial_number, last_value_thousandths, "
        "last_reading_on) VALUES (:id, :account, :service, :serial, :value, :date)"_s,
        {{u":id"_s, meter.id},
         {u":account"_s, meter.accountId},
         {u":service"_s, meter.service},
         {u":serial"_s, meter.serialNumber},
         {u":value"_s, lastValue},
         {u":date"_s, StoreValues::fromDate(meter.lastReadingDate)}});
}

bool MeterStore::replaceMeters(qint64 accountId, const QList<Meter>& meters)
{
    const bool sameAccount = std::all_of(meters.cbegin(), meters.cend(), [&](const Meter& meter) {
        return meter.accountId == accountId;
    });
    if (!sameAccount) {
        return m_connection.fail(QCoreApplication::translate(
            "MeterStore", "A meter belongs to another account than the one being replaced."));
    }
    return m_connection.atomically([&] {
        // Deleting only the meters that are gone keeps the readings of those that stay.
        const std::optional<QList<qint64>> cachedIds = m_connection.list(
            u"SELECT id FROM meters WHERE account_id = :account"_s, {{u":account"_s, accountId}},
            [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
        if (!cachedIds)
            return false;
        for (qint64 id : *cachedIds) {
            const bool kept = std::any_of(meters.cbegin(), meters.cend(),
                                          [id](const Meter& meter) { return meter.id == id; });
            if (!kept && !removeMeter(id))
                return false;
        }
        return std::all_of(meters.cbegin(), meters.cend(),
                           [&](const Meter& meter) { return upsertMeter(meter); });
    });
}

bool MeterStore::removeMeter(qint64 meterId)
{
    return m_connection.run(u"DELETE FROM meters WHERE id = :id"_s, {{u":id"_s, meterId}});
}

std::optional<Meter> MeterStore::meter(qint64 meterId) const
{
    return m_connection.one(selectMeters + u"WHERE id = :id"_s, {{u":id"_s, meterId}},
                            meterFromRow);
}

std::optional<QList<Meter>> MeterStore::meters(qint64 accountId) const
{
    return m_connection.list(selectMeters + u"WHERE account_id = :account ORDER BY id"_s,
                             {{u":account"_s, accountId}}, meterFromRow);
}

bool MeterStore::saveReading(const MeterReading& reading)
{
    return m_connection.upsert(
        u"UPDATE meter_readings SET value_thousandths = :value, state = :state "
        "WHERE meter_id = :meter AND taken_on = :date"_s,
        u"INSERT INTO meter_readings (meter_id, taken_on, value_thousandths, state) "
        "VALUES (:meter, :date, :value, :state)"_s,
        {{u":meter"_s, reading.meterId},
         {u":date"_s, StoreValues::fromDate(reading.date)},
         {u":value"_s, reading.valueThousandths},
         {u":state"_s, MeterReading::stateKey(reading.state)}});
}

bool MeterStore::setReadingState(qint64 meterId, QDate date, MeterReading::State state)
{
    const std::optional<int> changed = m_connection.change(
        u"UPDATE meter_readings SET state = :state WHERE meter_id = :meter AND taken_on = :date"_s,
        {{u":meter"_s, meterId},
         {u":date"_s, StoreValues::fromDate(date)},
         {u":state"_s, MeterReading::stateKey(state)}});
    if (!changed)
        return false;
    return *changed == 1
        || m_connection.fail(QCoreApplication::translate("MeterStore", "No such reading."));
}

std::optional<QList<MeterReading>> MeterStore::readings(qint64 meterId, QDate from, QDate to) const
{
    return m_connection.list(selectReadings
                                 + u"WHERE meter_id = :meter AND taken_on BETWEEN :from AND :to "
                                   "ORDER BY taken_on"_s,
                             {{u":meter"_s, meterId},
                              {u":from"_s, StoreValues::fromDate(from)},
                              {u":to"_s, StoreValues::fromDate(to)}},
                             readingFromRow);
}

std::optional<QList<MeterReading>> MeterStore::readingsInState(MeterReading::State state) const
{
    return m_connection.list(selectReadings + u"WHERE state = :state ORDER BY taken_on, meter_id"_s,
                             {{u":state"_s, MeterReading::stateKey(state)}}, readingFromRow);
}
