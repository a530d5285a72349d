#pragma once

#include <QDate>
#include <QString>

// A metering device registered on an account.
struct Meter
{
    qint64 id = 0; // server id
    qint64 accountId = 0;
    QString service; // what it measures, e.g. «Холодная вода»
    QString serialNumber;
    // The last reading the server knows of, in thousandths of the unit (12,345 m³ = 12345).
    qint64 lastValueThousandths = 0;
    QDate lastReadingDate; // null when the meter has no reading yet

    bool hasLastReading() const { return lastReadingDate.isValid(); }

    friend bool operator==(const Meter&, const Meter&) = default;
};
