#include "engine/SyncPageSource.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

SyncPageSource::SyncPageSource(QObject* parent)
    : QObject(parent)
{ }

ApiRequest SyncPageSource::request(const QString& cursor)
{
    QUrlQuery query;
    // No cursor at all rather than an empty one: both mean "everything", this is the plainer.
    // Encoded here, since QUrlQuery would leave a '+' as it is, which servers read as a space.
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return ApiRequest::get(u"/sync"_s, query);
}
