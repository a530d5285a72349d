#include "store/StoreValues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>

namespace StoreValues {

QVariant fromDate(QDate date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    // QDate::toString() formats through a printf-like formatter, which cost a first sync's
    // apply a twentieth of its instructions (docs/performance.md): the same text, by hand.
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const auto digit = [](int value) {
        return QChar(u'0' + value % 10);
    };
    const QChar text[] = {digit(year / 1000),
                          digit(year / 100),
                          digit(year / 10),
                          digit(year),
                          u'-',
                          digit(month / 10),
                          digit(month),
                          u'-',
                          digit(day / 10),
                          digit(day)};
    return QString(text, std::size(text));
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
