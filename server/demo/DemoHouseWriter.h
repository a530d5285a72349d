#pragma once

#include "demo/DemoAccountPlan.h"
#include "demo/DemoDirectoryBuilder.h"
#include "demo/DemoHouse.h"
#include "demo/DemoRecordWriter.h"

#include <QList>
#include <QString>

#include <optional>

class PortalDatabase;
class QRandomGenerator;

// Writes one demo house completely: its flats in the directory, its building with the works
// planned and the fund, and an account with its history for every flat. Call it inside a
// transaction.
class DemoHouseWriter
{
public:
    // What the account of one flat is like.
    struct Flat
    {
        QString ownerName;
        QString ownershipType;
        DemoAccountPlan plan;
    };

    DemoHouseWriter(PortalDatabase& database, Period lastClosed);

    // flats holds one Flat per flat of the house, in order. The new accounts' ids in the same
    // order; std::nullopt on a database error.
    std::optional<QList<qint64>> write(const DemoHouse& house, const QList<Flat>& flats,
                                       QRandomGenerator& random);

    // An ordinary owner of an ordinary flat: a random person, area and habit.
    static Flat ordinaryFlat(int flat, Period first, Period lastClosed, QRandomGenerator& random);

private:
    PortalDatabase& m_database;
    Period m_lastClosed;
    DemoDirectoryBuilder m_directory;
    DemoRecordWriter m_records;
};
