#pragma once

#include "protocol/Money.h"
#include "protocol/Period.h"

#include <QString>
#include <QStringView>

#include <optional>

// One work of the regional capital-repair programme planned for a house.
struct CapitalRepairWork
{
    enum class Status
    {
        Planned,
        InProgress,
        Completed,
        Postponed,
        Cancelled,
    };

    qint64 id = 0; // server id
    qint64 buildingId = 0;
    QString name; // e.g. «Ремонт крыши»
    Period plannedFrom;
    Period plannedTo;
    Status status = Status::Planned;
    std::optional<Money> cost; // absent until estimated or contracted

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(QStringView key);

    friend bool operator==(const CapitalRepairWork&, const CapitalRepairWork&) = default;
};
