#include "OutboxItem.h"

#include "protocol/types/EnumKeys.h"

namespace {
constexpr EnumKey<OutboxItem::Kind> kindKeys[] = {
    {OutboxItem::Kind::Appeal, u"appeal"},
    {OutboxItem::Kind::MeterReading, u"meter_reading"},
    {OutboxItem::Kind::TypoReport, u"typo_report"},
    {OutboxItem::Kind::SubscriptionChange, u"subscription_change"},
};

constexpr EnumKey<OutboxItem::State> stateKeys[] = {
    {OutboxItem::State::Pending, u"pending"},
    {OutboxItem::State::Sending, u"sending"},
    {OutboxItem::State::Sent, u"sent"},
    {OutboxItem::State::Failed, u"failed"},
};
} // namespace

QString OutboxItem::kindKey(Kind kind)
{
    return enumToKey(kindKeys, kind);
}

std::optional<OutboxItem::Kind> OutboxItem::kindFromKey(QStringView key)
{
    return enumFromKey(kindKeys, key);
}

QString OutboxItem::stateKey(State state)
{
    return enumToKey(stateKeys, state);
}

std::optional<OutboxItem::State> OutboxItem::stateFromKey(QStringView key)
{
    return enumFromKey(stateKeys, key);
}
