#include "auth/MailEncoding.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr char hexDigits[] = "0123456789ABCDEF";
const QByteArray wordStart = QByteArrayLiteral("=?UTF-8?B?");
const QByteArray wordEnd = QByteArrayLiteral("?=");

bool isPlainHeaderText(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // "=?" could be read as the start of an encoded word.
    return !text.contains(u"=?"_s);
}

QByteArray encodedWord(const QByteArray& utf8)
{
    return wordStart + utf8.toBase64() + wordEnd;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

QByteArray MailEncoding::headerText(const QString& text)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    // Base64 of n bytes takes 4 * ceil(n / 3) characters.
    const qsizetype payload = maxEncodedWordLength - wordStart.size() - wordEnd.size();
    const qsizetype maxBytes = payload / 4 * 3;
    QList<QByteArray> words;
    QByteArray current;
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        const char32_t codePoint = char32_t(c);
        const QByteArray bytes = QString::fromUcs4(&codePoint, 1).toUtf8();
        if (current.size() + bytes.size() > maxBytes) {
            words.append(encodedWord(current));
            current.clear();
        }
        current += bytes;
    }
    if (!current.isEmpty())
        words.append(encodedWord(current));
    // Whitespace between encoded words is dropped by decoders, so folding adds nothing.
    return words.join(QByteArrayLiteral("\r\n "));
}

QByteArray MailEncoding::quotedPrintable(const QString& text)
{
    QByteArray out;
    const QList<QByteArray> lines = text.toUtf8().split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                token = QByteArray(1, char(c));
            } else {
                token = QByteArray(1, '=');
                token += hexDigits[c >> 4];
                token += hexDigits[c & 0xf];
            }
            // Room for the token and, unless it ends the line, a soft break's '='.
            const qsizetype room = maxQuotedPrintableLine - (last ? 0 : 1);
            if (length + token.size() > room) {
                out += "=\r\n";
                length = 0;
            }
            out += token;
            length += token.size();
        }
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray MailEncoding::decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '\r')
            continue;
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < encoded.size() && (encoded.at(i + 1) == '\r' || encoded.at(i + 1) == '\n')) {
            // A soft line break.
            i += encoded.at(i + 1) == '\r' ? 2 : 1;
            continue;
        }
        const int high = i + 1 < encoded.size() ? hexValue(encoded.at(i + 1)) : -1;
        const int low = i + 2 < encoded.size() ? hexValue(encoded.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            out += c;
            continue;
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

QString MailEncoding::decodeHeaderText(const QByteArray& value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QByteArray utf8;
    qsizetype position = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        // Blanks between two encoded words are not part of the text.
        if (position == 0 || !between.trimmed().isEmpty())
            utf8 += between.toLatin1();
        utf8 += QByteArray::fromBase64(match.captured(1).toLatin1());
        position = match.capturedEnd();
    }
    utf8 += text.mid(position).toLatin1();
    return QString::fromUtf8(utf8);
}
