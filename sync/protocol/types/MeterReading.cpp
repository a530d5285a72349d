#include "MeterReading.h"

#include "protocol/types/EnumKeys.h"

namespace {
constexpr EnumKey<MeterReading::State> stateKeys[] = {
    {MeterReading::State::Pending, u"pending"},
    {MeterReading::State::Sent, u"sent"},
    {MeterReading::State::Accepted, u"accepted"},
    {MeterReading::State::Rejected, u"rejected"},
};
} // namespace

QString MeterReading::stateKey(State state)
{
    return enumToKey(stateKeys, state);
}

std::optional<MeterReading::State> MeterReading::stateFromKey(QStringView key)
{
    return enumFromKey(stateKeys, key);
}
