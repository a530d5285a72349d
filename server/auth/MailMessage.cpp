#include "auth/MailMessage.h"

#include "auth/MailEncoding.h"
#include "auth/SecureRandom.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray headerLine(const char* name, const QByteArray& value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

// No CR or LF may reach a header from a field: that would let it add headers of its own.
QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(u'\r', u' ');
    line.replace(u'\n', u' ');
    return line;
}
} // namespace

MailMessage::MailMessage(const QString& fromName, const QString& fromAddress, const QString& to,
                         const QString& subject, const QString& body, const QDateTime& date)
    : m_fromName(oneLine(fromName))
    , m_fromAddress(oneLine(fromAddress))
    , m_to(oneLine(to))
    , m_subject(oneLine(subject))
    , m_body(body)
    , m_date(date.toUTC())
    , m_messageId(SecureRandom::urlSafeText(18) + u"@kabinet-portal"_s)
{ }

QByteArray MailMessage::toRfc5322() const
{
    QByteArray message;
    message += headerLine("Date", dateHeader(m_date));
    message += headerLine(
        "From", MailEncoding::headerText(m_fromName) + " <" + addressHeader(m_fromAddress) + '>');
    message += headerLine("To", addressHeader(m_to));
    message += headerLine("Subject", MailEncoding::headerText(m_subject));
    message += headerLine("Message-ID", '<' + m_messageId.toLatin1() + '>');
    message += headerLine("MIME-Version", "1.0");
    message += headerLine("Content-Type", "text/plain; charset=utf-8");
    message += headerLine("Content-Transfer-Encoding", "quoted-printable");
    message += "\r\n";
    message += MailEncoding::quotedPrintable(m_body);
    message += "\r\n";
    return message;
}

QByteArray MailMessage::dateHeader(const QDateTime& date)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = date.toUTC();
    const QDate day = utc.date();
    return QByteArray(days[day.dayOfWeek() - 1]) + ", " + QByteArray::number(day.day()) + ' '
        + months[day.month() - 1] + ' ' + QByteArray::number(day.year()) + ' '
        + utc.time().toString(u"HH:mm:ss"_s).toLatin1() + " +0000";
}

QByteArray MailMessage::addressHeader(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return address.toUtf8();
    const QString domain = address.mid(at + 1);
    const QByteArray ace = QUrl::toAce(domain);
    return address.left(at).toUtf8() + '@' + (ace.isEmpty() ? domain.toUtf8() : ace);
}
