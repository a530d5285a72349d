#include "meters/MeterRepository.h"

#include "accounts/AccountRepository.h"
#include "auth/UserRepository.h"
#include "protocol/json/JsonValues.h"
#include "storage/ChangeSequence.h"
#include "storage/PortalDatabase.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
// The meter's columns followed by the value and date of its last accepted reading.
const QString selectMeters =
    u"SELECT m.id, m.account_id, m.service, m.serial_number, "
    "(SELECT r.value_thousandths FROM meter_readings r WHERE r.meter_id = m.id "
    " AND r.state = 'accepted' ORDER BY r.reading_date DESC LIMIT 1), "
    "(SELECT MAX(r.reading_date) FROM meter_readings r WHERE r.meter_id = m.id "
    " AND r.state = 'accepted') "
    "FROM meters m "_s;

Meter meterFrom(const QSqlQuery& query)
{
    Meter meter;
    meter.id = query.value(0).toLongLong();
    meter.accountId = query.value(1).toLongLong();
    meter.service = query.value(2).toString();
    meter.serialNumber = query.value(3).toString();
    meter.lastValueThousandths = query.value(4).toLongLong(); // 0 for NULL: no reading
    meter.lastReadingDate = JsonValues::parseDate(query.value(5).toString());
    return meter;
}
} // namespace

MeterRepository::MeterRepository(PortalDatabase& database)
    : m_database(database)
{ }

bool MeterRepository::ensureSchema(PortalDatabase& database)
{
    return UserRepository::ensureSchema(database) && AccountRepository::ensureSchema(database)
        && ChangeSequence::ensureSchema(database)
        && database.ensureSchema(
            u"meters"_s,
            {
                // Dates are ISO "YYYY-MM-DD" text, which sorts by date.
                {u"CREATE TABLE meters ("
                 "id INTEGER PRIMARY KEY, "
                 "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                 "service TEXT NOT NULL, "
                 "serial_number TEXT NOT NULL, "
                 "changed_seq INTEGER NOT NULL)"_s,
                 u"CREATE INDEX meters_account ON meters (account_id)"_s,
                 u"CREATE INDEX meters_changed ON meters (changed_seq)"_s,
                 u"CREATE TABLE meter_readings ("
                 "id INTEGER PRIMARY KEY, "
                 "meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE, "
                 "reading_date TEXT NOT NULL, "
                 "value_thousandths INTEGER NOT NULL, "
                 "state TEXT NOT NULL "
                 "CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')), "
                 "user_id INTEGER REFERENCES users(id) ON DELETE SET NULL, "
                 "changed_seq INTEGER NOT NULL, "
                 "UNIQUE (meter_id, reading_date))"_s,
                 u"CREATE INDEX meter_readings_changed ON meter_readings (changed_seq)"_s},
            });
}

std::optional<qint64> MeterRepository::addMeter(qint64 accountId, const QString& service,
                                                const QString& serialNumber)
{
    SqlTransaction transaction(m_database);
    const std::optional<qint64> stamp =
        transaction.isActive() ? ChangeSequence::next(m_database) : std::nullopt;
    if (!stamp)
        return std::nullopt;
    QSqlQuery insert(m_database.database());
    insert.prepare(u"INSERT INTO meters (account_id, service, serial_number, changed_seq) "
                   "VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(accountId);
    insert.addBindValue(service);
    insert.addBindValue(serialNumber);
    insert.addBindValue(*stamp);
    if (!insert.exec())
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    // The account card says whether there are meters (Account::hasMeters): a changed card.
    QSqlQuery flag(m_database.database());
    flag.prepare(u"UPDATE accounts SET has_meters = 1, changed_seq = ? WHERE id = ?"_s);
    flag.addBindValue(*stamp);
    flag.addBindValue(accountId);
    if (!flag.exec() || flag.numRowsAffected() != 1 || !transaction.commit())
        return std::nullopt;
    return id;
}

bool MeterRepository::addReading(const MeterReading& reading, std::optional<qint64> userId)
{
    if (!reading.date.isValid())
        return false;
    SqlTransaction transaction(m_database);
    const std::optional<qint64> stamp =
        transaction.isActive() ? ChangeSequence::next(m_database) : std::nullopt;
    if (!stamp)
        return false;
    QSqlQuery insert(m_database.database());
    insert.prepare(u"INSERT INTO meter_readings "
                   "(meter_id, reading_date, value_thousandths, state, user_id, changed_seq) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(reading.meterId);
    insert.addBindValue(JsonValues::dateToString(reading.date));
    insert.addBindValue(reading.valueThousandths);
    insert.addBindValue(MeterReading::stateKey(reading.state));
    insert.addBindValue(userId ? QVariant(*userId) : QVariant());
    insert.addBindValue(*stamp);
    if (!insert.exec())
        return false;
    QSqlQuery touch(m_database.database());
    touch.prepare(u"UPDATE meters SET changed_seq = ? WHERE id = ?"_s);
    touch.addBindValue(*stamp);
    touch.addBindValue(reading.meterId);
    return touch.exec() && touch.numRowsAffected() == 1 && transaction.commit();
}

Lookup<Meter> MeterRepository::find(qint64 meterId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(selectMeters + u"WHERE m.id = ?"_s);
    query.addBindValue(meterId);
    if (!query.exec())
        return Lookup<Meter>::failure();
    if (!query.next())
        return Lookup<Meter>::missing();
    return Lookup<Meter>::found(meterFrom(query));
}

std::optional<QList<MeterDetails>> MeterRepository::forAccount(qint64 accountId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(selectMeters + u"WHERE m.account_id = ? ORDER BY m.id"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return std::nullopt;
    QList<MeterDetails> meters;
    while (query.next()) {
        MeterDetails details;
        details.meter = meterFrom(query);
        const std::optional<QList<MeterReading>> readings = readingsOf(details.meter.id);
        if (!readings)
            return std::nullopt;
        details.readings = *readings;
        meters.append(details);
    }
    return meters;
}

std::optional<bool> MeterRepository::hasMeters(qint64 accountId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT 1 FROM meters WHERE account_id = ? LIMIT 1"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return std::nullopt;
    return query.next();
}

std::optional<QList<MeterReading>> MeterRepository::readingsOf(qint64 meterId) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT reading_date, value_thousandths, state FROM meter_readings "
                  "WHERE meter_id = ? ORDER BY reading_date DESC"_s);
    query.addBindValue(meterId);
    if (!query.exec())
        return std::nullopt;
    QList<MeterReading> readings;
    while (query.next()) {
        MeterReading reading;
        reading.meterId = meterId;
        reading.date = JsonValues::parseDate(query.value(0).toString());
        reading.valueThousandths = query.value(1).toLongLong();
        const std::optional<MeterReading::State> state =
            MeterReading::stateFromKey(query.value(2).toString());
        if (!reading.date.isValid() || !state)
            return std::nullopt;
        reading.state = *state;
        readings.append(reading);
    }
    return readings;
}
