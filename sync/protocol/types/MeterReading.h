#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// One reading of a meter, entered by the user or received from the server. A meter has at most
// one reading per date.
struct MeterReading
{
    enum class State
    {
        Pending, // entered here, not yet accepted by the server for sending
        Sent, // the server has received it
        Accepted,
        Rejected,
    };

    qint64 meterId = 0;
    QDate date;
    qint64 valueThousandths = 0; // thousandths of the unit
    State state = State::Pending;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(QStringView key);

    friend bool operator==(const MeterReading&, const MeterReading&) = default;
};
