#include "api/AddressQuery.h"

using namespace Qt::Literals::StringLiterals;

AddressQuery::AddressQuery(Level level, qint64 parentId, const QString& prefix)
    : m_level(level)
    , m_parentId(parentId)
    , m_prefix(prefix)
{ }

AddressQuery AddressQuery::districts(const QString& prefix)
{
    return AddressQuery(Level::District, 0, prefix);
}

AddressQuery AddressQuery::within(Level level, qint64 parentId, const QString& prefix)
{
    return AddressQuery(level, parentId, prefix);
}

AddressQuery& AddressQuery::limitedTo(int limit)
{
    m_limit = limit;
    return *this;
}

QString AddressQuery::path() const
{
    switch (m_level) {
    case Level::District:
        return u"/addresses/districts"_s;
    case Level::Settlement:
        return u"/addresses/settlements"_s;
    case Level::Street:
        return u"/addresses/streets"_s;
    case Level::House:
        return u"/addresses/houses"_s;
    case Level::Flat:
        return u"/addresses/flats"_s;
    }
    return {};
}

QString AddressQuery::parentParameter(Level level)
{
    switch (level) {
    case Level::District:
        return {};
    case Level::Settlement:
        return u"district"_s;
    case Level::Street:
        return u"settlement"_s;
    case Level::House:
        return u"street"_s;
    case Level::Flat:
        return u"house"_s;
    }
    return {};
}

QUrlQuery AddressQuery::query() const
{
    QUrlQuery query;
    const QString parent = parentParameter(m_level);
    if (!parent.isEmpty())
        query.addQueryItem(parent, QString::number(m_parentId));
    if (!m_prefix.isEmpty())
        query.addQueryItem(u"prefix"_s, m_prefix);
    if (m_limit)
        query.addQueryItem(u"limit"_s, QString::number(*m_limit));
    return query;
}
