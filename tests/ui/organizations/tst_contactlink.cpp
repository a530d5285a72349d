#include "organizations/ContactLink.h"

#include <QDesktopServices>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Receives what QDesktopServices::openUrl hands on, instead of a mail program or a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestContactLink : public QObject
{
    Q_OBJECT

private slots:
    void phonesBecomeTelLinks_data();
    void phonesBecomeTelLinks();
    void emailsBecomeMailtoLinks_data();
    void emailsBecomeMailtoLinks();
    void websitesMustBeHttpOfAHost_data();
    void websitesMustBeHttpOfAHost();
    void onlyContactLinksAreAllowed_data();
    void onlyContactLinksAreAllowed();
    void openHandsAllowedLinksToTheDesktop();
};

void TestContactLink::phonesBecomeTelLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("link");
    QTest::newRow("with code") << u"+7 (4852) 00-10-01"_s << u"tel:+74852001001"_s;
    QTest::newRow("eight") << u"8 800 200-06-00"_s << u"tel:88002000600"_s;
    QTest::newRow("dots") << u" 48535.2.11.00 "_s << u"tel:4853521100"_s;
    QTest::newRow("extension in words") << u"+7 4852 00-10-01 доб. 5"_s << QString();
    QTest::newRow("letters") << u"call us"_s << QString();
    QTest::newRow("too short") << u"112"_s << QString();
    QTest::newRow("too long") << u"+7 4852 0010 0100 1001"_s << QString();
    QTest::newRow("a second plus") << u"+7 +4852 001001"_s << QString();
    QTest::newRow("a query") << u"+74852001001?x=1"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestContactLink::phonesBecomeTelLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, link);
    const QUrl url = ContactLink::phone(text);
    QCOMPARE(url.toString(QUrl::FullyEncoded), link);
    if (!link.isEmpty())
        QVERIFY(ContactLink::isAllowed(url));
}

void TestContactLink::emailsBecomeMailtoLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("link");
    QTest::newRow("plain") << u"info@fkr-ensk.example"_s << u"mailto:info@fkr-ensk.example"_s;
    QTest::newRow("trimmed") << u" uk-mirny@example.ru "_s << u"mailto:uk-mirny@example.ru"_s;
    QTest::newRow("plus and dots")
        << u"a.b+c@mail.example.ru"_s << u"mailto:a.b+c@mail.example.ru"_s;
    // Would add a subject, a body or a copy to the message.
    QTest::newRow("query") << u"info@example.ru?bcc=x@evil.example"_s << QString();
    QTest::newRow("ampersand") << u"a&b@example.ru"_s << QString();
    QTest::newRow("two addresses") << u"a@example.ru,b@example.ru"_s << QString();
    QTest::newRow("no domain dot") << u"root@localhost"_s << QString();
    QTest::newRow("no at") << u"example.ru"_s << QString();
    QTest::newRow("space") << u"a b@example.ru"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestContactLink::emailsBecomeMailtoLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, link);
    const QUrl url = ContactLink::email(text);
    QCOMPARE(url.toString(QUrl::FullyEncoded), link);
    if (!link.isEmpty())
        QVERIFY(ContactLink::isAllowed(url));
}

void TestContactLink::websitesMustBeHttpOfAHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << u"https://fkr-ensk.example"_s << true;
    QTest::newRow("http with path") << u"http://ensk-rc.example/kontakty?a=1"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("ftp") << u"ftp://files.example"_s << false;
    QTest::newRow("user info") << u"https://bank.example@evil.example/"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("relative") << u"fkr-ensk.example"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestContactLink::websitesMustBeHttpOfAHost()
{
    QFETCH(QString, text);
    QFETCH(bool, kept);
    const QUrl url(text);
    QCOMPARE(ContactLink::website(url), kept ? url : QUrl());
    QCOMPARE(ContactLink::isAllowed(url), kept);
}

void TestContactLink::onlyContactLinksAreAllowed_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("tel") << QUrl(u"tel:+74852001001"_s) << true;
    QTest::newRow("tel with letters") << QUrl(u"tel:+7call"_s) << false;
    QTest::newRow("tel with query") << QUrl(u"tel:+74852001001?call=1"_s) << false;
    QTest::newRow("mailto") << QUrl(u"mailto:info@example.ru"_s) << true;
    QTest::newRow("mailto with subject") << QUrl(u"mailto:info@example.ru?subject=x"_s) << false;
    QTest::newRow("mailto with authority") << QUrl(u"mailto://info@example.ru"_s) << false;
    QTest::newRow("data") << QUrl(u"data:text/html,<script>"_s) << false;
    QTest::newRow("smb") << QUrl(u"smb://server/share"_s) << false;
    QTest::newRow("invalid") << QUrl() << false;
}

void TestContactLink::onlyContactLinksAreAllowed()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    QCOMPARE(ContactLink::isAllowed(url), allowed);
}

void TestContactLink::openHandsAllowedLinksToTheDesktop()
{
    UrlCatcher catcher;
    for (const QString& scheme : {u"tel"_s, u"mailto"_s, u"https"_s, u"file"_s, u"javascript"_s})
        QDesktopServices::setUrlHandler(scheme, &catcher, "open");
    QVERIFY(ContactLink::open(QUrl(u"tel:+74852001001"_s)));
    QVERIFY(ContactLink::open(QUrl(u"mailto:info@example.ru"_s)));
    QVERIFY(ContactLink::open(QUrl(u"https://fkr-ensk.example"_s)));
    QVERIFY(!ContactLink::open(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!ContactLink::open(QUrl(u"javascript:alert(1)"_s)));
    QCOMPARE(catcher.urls,
             (QList<QUrl> {QUrl(u"tel:+74852001001"_s), QUrl(u"mailto:info@example.ru"_s),
                           QUrl(u"https://fkr-ensk.example"_s)}));
    for (const QString& scheme : {u"tel"_s, u"mailto"_s, u"https"_s, u"file"_s, u"javascript"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

QTEST_MAIN(TestContactLink)
#include "tst_contactlink.moc"
