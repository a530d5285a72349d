#include "store/StoreValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace StoreValues {

QVariant fromDate(QDate date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromInstant(const QDateTime& instant)
{
    if (!instant.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return instant.toMSecsSinceEpoch();
}

QDateTime toInstant(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromOptionalId(std::optional<qint64> id)
{
    if (!id)
        return QVariant(QMetaType::fromType<qint64>());
    return *id;
}

std::optional<qint64> toOptionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString fromStringList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList toStringList(const QVariant& value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

} // namespace StoreValues
