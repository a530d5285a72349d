#include "organizations/ContactLink.h"

#include <QDesktopServices>
#include <QRegularExpression>

namespace {

// E.164 allows at most 15 digits; fewer than 5 is a short code or a typo, not worth dialling.
constexpr int minPhoneDigits = 5;
constexpr int maxPhoneDigits = 15;

const QString telScheme = QStringLiteral("tel");
const QString mailtoScheme = QStringLiteral("mailto");

// Deliberately narrower than RFC 5322: nothing that could add headers or a body to a mailto: link
// (?, &, #, %), no quotes, spaces or angle brackets, a dot in the domain.
bool isPlainEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\A[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,63}\z)"));
    return pattern.match(text).hasMatch();
}

bool isDialString(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\A\+?[0-9]{%1,%2}\z)").arg(minPhoneDigits).arg(maxPhoneDigits));
    return pattern.match(text).hasMatch();
}

} // namespace

QUrl ContactLink::phone(const QString& text)
{
    // Only what a phone number is written with: digits, one leading plus, spaces, brackets,
    // hyphens and dots. Anything else (an extension in words, letters) is not dialled.
    static const QRegularExpression written(QStringLiteral(R"(\A\s*\+?[0-9 ()\-.]+\z)"));
    if (!written.match(text).hasMatch())
        return {};
    QString dial;
    for (const QChar c : text) {
        if (c.isDigit() || (c == u'+' && dial.isEmpty()))
            dial.append(c);
    }
    if (!isDialString(dial))
        return {};
    QUrl url;
    url.setScheme(telScheme);
    url.setPath(dial);
    return url;
}

QUrl ContactLink::email(const QString& text)
{
    const QString address = text.trimmed();
    if (!isPlainEmail(address))
        return {};
    QUrl url;
    url.setScheme(mailtoScheme);
    url.setPath(address);
    return url;
}

QUrl ContactLink::website(const QUrl& url)
{
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return {};
    // "https://bank.example@evil.example" shows one host and opens another.
    if (url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}

bool ContactLink::isAllowed(const QUrl& url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme == telScheme || scheme == mailtoScheme) {
        // The number or the address alone: a query could add a subject, a body or copies.
        if (url.hasQuery() || url.hasFragment() || !url.authority().isEmpty())
            return false;
        return scheme == telScheme ? isDialString(url.path()) : isPlainEmail(url.path());
    }
    return !website(url).isEmpty();
}

bool ContactLink::open(const QUrl& url)
{
    if (!isAllowed(url))
        return false;
    return QDesktopServices::openUrl(url);
}
