#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One plain-text e-mail as an RFC 5322 message (an .eml file): UTF-8 text, the subject and
// display name as RFC 2047 encoded words, the body quoted-printable, CRLF line ends, a Date and a
// unique Message-ID.
class MailMessage
{
public:
    MailMessage(const QString& fromName, const QString& fromAddress, const QString& to,
                const QString& subject, const QString& body, const QDateTime& date);

    QString to() const { return m_to; }
    QString subject() const { return m_subject; }
    QString body() const { return m_body; }
    QString messageId() const { return m_messageId; }

    QByteArray toRfc5322() const;

    // "Thu, 25 Sep 2014 10:15:00 +0000", in English whatever the locale.
    static QByteArray dateHeader(const QDateTime& date);
    // An address for a header: an internationalized domain in its ASCII (punycode) form; a
    // non-ASCII local part stays UTF-8 (RFC 6532).
    static QByteArray addressHeader(const QString& address);

private:
    QString m_fromName;
    QString m_fromAddress;
    QString m_to;
    QString m_subject;
    QString m_body;
    QDateTime m_date;
    QString m_messageId;
};
