#pragma once

#include "accounts/Lookup.h"
#include "protocol/json/MeterDetails.h"
#include "protocol/types/Meter.h"
#include "protocol/types/MeterReading.h"

#include <QList>
#include <QString>

#include <optional>

class PortalDatabase;

// The tables meters (the metering devices registered on an account) and meter_readings (their
// readings, at most one per meter and date). Both carry changed_seq (ChangeSequence) for sync: a
// new reading stamps itself and its meter, whose last value it changes. Writes open their own
// SqlTransaction, which nests in a caller's.
//
// A meter's last reading (Meter::lastValueThousandths, lastReadingDate) is its accepted reading
// with the latest date; a meter without one has value 0 and a null date.
class MeterRepository
{
public:
    explicit MeterRepository(PortalDatabase& database);

    // Also creates the users', the accounts' and the change sequence's tables.
    static bool ensureSchema(PortalDatabase& database);

    // The operator's side (the demo data, tests): registers a meter on an account and marks the
    // account as having meters (accounts.has_meters, stamping the account's changed_seq too);
    // the meter's id, or std::nullopt on error (an unknown account included).
    std::optional<qint64> addMeter(qint64 accountId, const QString& service,
                                   const QString& serialNumber);
    // Records a reading of reading.meterId with its date, value and state: the operator's
    // history (userId empty) or what a user sent (userId set). No rules are checked here (see
    // MeterReadingRules) except one reading per meter and date. False on error.
    bool addReading(const MeterReading& reading, std::optional<qint64> userId = std::nullopt);

    // A meter with its last reading.
    Lookup<Meter> find(qint64 meterId) const;
    // The meters of an account, in the order they were registered, each with its readings,
    // newest first; std::nullopt on error.
    std::optional<QList<MeterDetails>> forAccount(qint64 accountId) const;
    // Whether the account has any meter (Account::hasMeters); std::nullopt on error.
    std::optional<bool> hasMeters(qint64 accountId) const;

private:
    std::optional<QList<MeterReading>> readingsOf(qint64 meterId) const;

    PortalDatabase& m_database;
};
