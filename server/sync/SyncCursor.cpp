#include "sync/SyncCursor.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 maxNumber = (qint64(1) << 53) - 1;
constexpr QStringView version = u"1";
constexpr qsizetype settledParts = 3;
constexpr qsizetype pagingParts = 9;

// Decimal digits without sign or leading zero ("0" itself is fine), at most maxNumber.
std::optional<qint64> number(QStringView text)
{
    if (text.isEmpty() || text.size() > 16 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > maxNumber)
        return std::nullopt;
    return value;
}

// 0 for "no period closed", else a valid Period::toKey().
std::optional<Period> period(QStringView text)
{
    const std::optional<qint64> key = number(text);
    if (!key || *key > 999999)
        return std::nullopt;
    if (*key == 0)
        return Period();
    const Period value = Period::fromKey(int(*key));
    if (!value.isValid() || value.toKey() != *key)
        return std::nullopt;
    return value;
}

QString numberText(qint64 value)
{
    return QString::number(value);
}

QString periodText(Period value)
{
    return QString::number(value.isValid() ? value.toKey() : 0);
}
} // namespace

SyncCursor SyncCursor::settled(qint64 sequence, Period closed)
{
    SyncCursor cursor;
    cursor.m_sequence = sequence;
    cursor.m_closed = closed;
    return cursor;
}

SyncCursor SyncCursor::paging(qint64 fromSequence, Period fromClosed, qint64 toSequence,
                              Period toClosed, const SyncPosition& position)
{
    SyncCursor cursor = settled(fromSequence, fromClosed);
    cursor.m_paging = true;
    cursor.m_toSequence = toSequence;
    cursor.m_toClosed = toClosed;
    cursor.m_position = position;
    return cursor;
}

std::optional<SyncCursor> SyncCursor::parse(QStringView text)
{
    // A cursor is short; refuse anything long before splitting it.
    if (text.size() > 160)
        return std::nullopt;
    const QList<QStringView> parts = text.split(u'.');
    if ((parts.size() != settledParts && parts.size() != pagingParts) || parts.front() != version)
        return std::nullopt;
    const std::optional<qint64> sequence = number(parts.at(1));
    const std::optional<Period> closed = period(parts.at(2));
    if (!sequence || !closed)
        return std::nullopt;
    if (parts.size() == settledParts)
        return settled(*sequence, *closed);

    const std::optional<qint64> toSequence = number(parts.at(3));
    const std::optional<Period> toClosed = period(parts.at(4));
    const std::optional<qint64> section = number(parts.at(5));
    const std::optional<qint64> key = number(parts.at(6));
    const std::optional<qint64> stream = number(parts.at(7));
    const std::optional<qint64> row = number(parts.at(8));
    if (!toSequence || !toClosed || !section || !key || !stream || !row || *toSequence < *sequence
        || *section > SyncPosition::lastSection || *stream > SyncPosition::lastStream)
        return std::nullopt;
    SyncPosition position;
    position.section = SyncSection(*section);
    position.key = *key;
    position.stream = SyncStream(*stream);
    position.row = *row;
    // Only the history walks streams and rows; elsewhere they stay 0, as this server writes them.
    if (position.section != SyncSection::History
        && (position.stream != SyncStream::ChargesHeader || position.row != 0))
        return std::nullopt;
    return paging(*sequence, *closed, *toSequence, *toClosed, position);
}

QString SyncCursor::toText() const
{
    QStringList parts {version.toString(), numberText(m_sequence), periodText(m_closed)};
    if (m_paging) {
        parts << numberText(m_toSequence) << periodText(m_toClosed)
              << numberText(int(m_position.section)) << numberText(m_position.key)
              << numberText(int(m_position.stream)) << numberText(m_position.row);
    }
    return parts.join(u'.');
}
