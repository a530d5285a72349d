#include "CapitalRepairWork.h"

#include "protocol/types/EnumKeys.h"

namespace {
constexpr EnumKey<CapitalRepairWork::Status> statusKeys[] = {
    {CapitalRepairWork::Status::Planned, u"planned"},
    {CapitalRepairWork::Status::InProgress, u"in_progress"},
    {CapitalRepairWork::Status::Completed, u"completed"},
    {CapitalRepairWork::Status::Postponed, u"postponed"},
    {CapitalRepairWork::Status::Cancelled, u"cancelled"},
};
} // namespace

QString CapitalRepairWork::statusKey(Status status)
{
    return enumToKey(statusKeys, status);
}

std::optional<CapitalRepairWork::Status> CapitalRepairWork::statusFromKey(QStringView key)
{
    return enumFromKey(statusKeys, key);
}
