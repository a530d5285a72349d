#include "net/RetryAfter.h"

#include <QLocale>

#include <algorithm>

std::optional<int> RetryAfter::parse(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        bool ok = false;
        const qulonglong seconds = text.toULongLong(&ok);
        // Digits that overflow even 64 bits are still "a very long time".
        if (!ok)
            return maximumSeconds;
        return int(std::min<qulonglong>(seconds, maximumSeconds));
    }

    // IMF-fixdate, the only date form RFC 9110 lets senders use; English names regardless of
    // the user's locale.
    const QDateTime parsed = QLocale::c().toDateTime(
        QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime at(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 seconds = nowUtc.secsTo(at);
    return int(std::clamp<qint64>(seconds, 0, maximumSeconds));
}
