// MailMessage and MailEncoding: RFC 5322 messages with RFC 2047 headers and a quoted-printable
// body.
#include "auth/MailEncoding.h"
#include "auth/MailMessage.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestMailMessage : public QObject
{
    Q_OBJECT

private:
    static QDateTime when()
    {
        return QDateTime(QDate(2014, 9, 25), QTime(10, 15), QTimeZone::utc());
    }

    static MailMessage sample(const QString& to = u"ivanov@example.ru"_s,
                              const QString& subject = u"Активация учётной записи"_s,
                              const QString& body = u"Здравствуйте!\n\nСсылка: https://x/?a=b\n"_s)
    {
        return MailMessage(u"Личный кабинет"_s, u"noreply@localhost"_s, to, subject, body, when());
    }

    // name → raw value (continuation lines joined), and the body.
    static QMap<QByteArray, QByteArray> headers(const QByteArray& message,
                                                QByteArray* body = nullptr)
    {
        const qsizetype end = message.indexOf("\r\n\r\n");
        QMap<QByteArray, QByteArray> result;
        QByteArray last;
        for (const QByteArray& line : message.left(end).split('\n')) {
            const QByteArray trimmedRight = line.endsWith('\r') ? line.chopped(1) : line;
            if (trimmedRight.startsWith(' ')) {
                result[last] += trimmedRight;
                continue;
            }
            const qsizetype colon = trimmedRight.indexOf(':');
            last = trimmedRight.left(colon);
            result[last] = trimmedRight.mid(colon + 2);
        }
        if (body)
            *body = message.mid(end + 4);
        return result;
    }

private slots:
    void headersAndCrlfLines()
    {
        const QByteArray message = sample().toRfc5322();
        // Every line ends in CRLF and no bare LF or CR exists.
        QCOMPARE(message.count('\n'), message.count("\r\n"));
        QCOMPARE(message.count('\r'), message.count("\r\n"));
        for (const QByteArray& line : message.split('\n'))
            QVERIFY(line.size() <= 998);
        const auto h = headers(message);
        QCOMPARE(h.value("Date"), QByteArray("Thu, 25 Sep 2014 10:15:00 +0000"));
        QCOMPARE(h.value("To"), QByteArray("ivanov@example.ru"));
        QCOMPARE(h.value("MIME-Version"), QByteArray("1.0"));
        QCOMPARE(h.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(h.value("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
        QVERIFY(QRegularExpression(u"^<[A-Za-z0-9_-]+@kabinet-portal>$"_s)
                    .match(QString::fromLatin1(h.value("Message-ID")))
                    .hasMatch());
        QVERIFY(h.value("From").endsWith(" <noreply@localhost>"));
        QCOMPARE(MailEncoding::decodeHeaderText(h.value("From")),
                 u"Личный кабинет <noreply@localhost>"_s);
        // 7-bit only.
        for (const char c : message)
            QVERIFY(uchar(c) < 0x80);
    }

    void subjectIsEncodedWords()
    {
        const QString subject =
            u"Смена пароля в Личном кабинете собственника помещения — очень длинная тема"_s;
        const QByteArray raw = headers(sample({}, subject).toRfc5322()).value("Subject");
        QVERIFY(raw.startsWith("=?UTF-8?B?"));
        static const QRegularExpression word(u"=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]*\\?="_s);
        QRegularExpressionMatchIterator it = word.globalMatch(QString::fromLatin1(raw));
        int words = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().capturedLength() <= 75);
            ++words;
        }
        QVERIFY(words > 1);
        QCOMPARE(MailEncoding::decodeHeaderText(raw), subject);
        // Plain ASCII stays readable.
        QCOMPARE(MailEncoding::headerText(u"Hello"_s), QByteArray("Hello"));
        QVERIFY(MailEncoding::headerText(u"a =?x?= b"_s).startsWith("=?UTF-8?B?"));
    }

    void bodyIsQuotedPrintable()
    {
        const QString body = u"Здравствуйте, Иванов!\n\nhttps://127.0.0.1:8443/activate?token="_s
            + QString(80, u'x') + u"\nend with space \nend=equals\n"_s;
        QByteArray raw;
        headers(sample({}, u"s"_s, body).toRfc5322(), &raw);
        for (const QByteArray& line : raw.split('\n'))
            QVERIFY2(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 76, line.constData());
        QVERIFY(raw.contains("=D0=97")); // З
        QVERIFY(raw.contains("space=20\r\n"));
        QVERIFY(raw.contains("end=3Dequals"));
        QCOMPARE(QString::fromUtf8(MailEncoding::decodeQuotedPrintable(raw)), body + u'\n');
    }

    void quotedPrintableSoftBreaksKeepEscapesWhole()
    {
        const QString text = QString(200, u'ж');
        const QByteArray encoded = MailEncoding::quotedPrintable(text);
        for (const QByteArray& line : encoded.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY(content.size() <= 76);
            // A soft break comes after whole "=XX" escapes only.
            QVERIFY(QRegularExpression(u"^(=[0-9A-F]{2})*=?$"_s)
                        .match(QString::fromLatin1(content))
                        .hasMatch());
        }
        QCOMPARE(QString::fromUtf8(MailEncoding::decodeQuotedPrintable(encoded)), text);
    }

    void addressesAndInjection()
    {
        QCOMPARE(MailMessage::addressHeader(u"user@пример.рф"_s),
                 QByteArray("user@xn--e1afmkfd.xn--p1ai"));
        const QByteArray message =
            sample(u"a@b.ru\r\nBcc: victim@example.ru"_s, u"x\nBcc: other@example.ru"_s)
                .toRfc5322();
        QVERIFY(!message.contains("\r\nBcc:"));
    }

    void dateIsEnglishAndUtc()
    {
        const QDateTime moscow(QDate(2014, 1, 5), QTime(3, 4, 5), QTimeZone(3 * 3600));
        QCOMPARE(MailMessage::dateHeader(moscow), QByteArray("Sun, 5 Jan 2014 00:04:05 +0000"));
    }

    void messageIdsDiffer() { QVERIFY(sample().messageId() != sample().messageId()); }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
