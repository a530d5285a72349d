#include "outbox/OutboxPayload.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString bodyKey = u"body"_s;
const QString meterKey = u"meterId"_s;
const QString appealKey = u"appealLocalId"_s;

// Ids are JSON numbers: whole and within the doubles' exact range, as everywhere in the API.
std::optional<std::optional<qint64>> readId(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    const qint64 id = value.toInteger(-1);
    if (id <= 0 || double(id) != number)
        return std::nullopt;
    return std::optional<qint64>(id);
}
} // namespace

QByteArray OutboxPayload::toBytes() const
{
    QJsonObject envelope {{bodyKey, body}};
    if (meterId)
        envelope.insert(meterKey, *meterId);
    if (appealLocalId)
        envelope.insert(appealKey, *appealLocalId);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

std::optional<OutboxPayload> OutboxPayload::fromBytes(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject envelope = document.object();
    if (!envelope.value(bodyKey).isObject())
        return std::nullopt;
    const auto meterId = readId(envelope, meterKey);
    const auto appealLocalId = readId(envelope, appealKey);
    if (!meterId || !appealLocalId)
        return std::nullopt;
    OutboxPayload payload;
    payload.body = envelope.value(bodyKey).toObject();
    payload.meterId = *meterId;
    payload.appealLocalId = *appealLocalId;
    return payload;
}
