#include "Appeal.h"

#include "protocol/types/EnumKeys.h"

namespace {
constexpr EnumKey<Appeal::Status> statusKeys[] = {
    {Appeal::Status::Draft, u"draft"},           {Appeal::Status::Queued, u"queued"},
    {Appeal::Status::Registered, u"registered"}, {Appeal::Status::InProgress, u"in_progress"},
    {Appeal::Status::Answered, u"answered"},     {Appeal::Status::Closed, u"closed"},
};
} // namespace

QString Appeal::statusKey(Status status)
{
    return enumToKey(statusKeys, status);
}

std::optional<Appeal::Status> Appeal::statusFromKey(QStringView key)
{
    return enumFromKey(statusKeys, key);
}
