#pragma once

#include <QByteArray>
#include <QString>

// The encodings an e-mail needs to carry Russian text in 7-bit lines: RFC 2047 encoded words for
// header text and RFC 2045 quoted-printable for the body. Lines end in CRLF.
class MailEncoding
{
public:
    MailEncoding() = delete;

    static constexpr qsizetype maxEncodedWordLength = 75;
    static constexpr qsizetype maxQuotedPrintableLine = 76;

    // Header text: printable ASCII as it is; anything else as "=?UTF-8?B?…?=" words of at most
    // 75 characters, never splitting a character, folded onto continuation lines.
    static QByteArray headerText(const QString& text);
    // text (lines separated by '\n') as UTF-8 in quoted-printable, lines of at most 76 characters
    // with soft breaks, CRLF line ends.
    static QByteArray quotedPrintable(const QString& text);
    // The reverse of quotedPrintable(), for tests and tools: the UTF-8 bytes, '\n' line ends.
    static QByteArray decodeQuotedPrintable(const QByteArray& encoded);
    // Decodes the encoded words of a header value (the reverse of headerText()).
    static QString decodeHeaderText(const QByteArray& value);
};
