#include "HistoryRig.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject HistoryRig::serverHistory(qint64 accountId, const QString& what, Period from, Period to)
{
    return serverObject(u"/api/v1/accounts/%1/%2?from=%3&to=%4"_s.arg(
        QString::number(accountId), what, from.toIsoString(), to.toIsoString()));
}

qint64 HistoryRig::accountId(const QString& number)
{
    const QJsonArray items = serverItems(u"/api/v1/accounts"_s);
    for (const QJsonValue& item : items) {
        if (item.toObject().value(u"number"_s).toString() == number)
            return item.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}
