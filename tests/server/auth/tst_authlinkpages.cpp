// AuthLinkPages and HtmlPage: the Russian pages of the mailed links, escaped and locked down.
#include "auth/AuthLinkPages.h"
#include "auth/HtmlPage.h"
#include "protocol/ValidationRules.h"

#include <QHttpServerResponse>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAuthLinkPages : public QObject
{
    Q_OBJECT

private:
    static QString text(const QHttpServerResponse& response)
    {
        return QString::fromUtf8(response.data());
    }

private slots:
    void escaping()
    {
        QCOMPARE(HtmlPage::escaped(u"<a href=\"x\">'&'</a>"_s),
                 u"&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"_s);
        const QString page = HtmlPage::document(u"<title>"_s, u"<p>ok</p>"_s);
        QVERIFY(page.contains(u"<title>&lt;title&gt;</title>"_s));
        QVERIFY(page.contains(u"<p>ok</p>"_s));
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!page.contains(u"<script"_s));
    }

    void headersLockThePageDown()
    {
        const QHttpServerResponse response = AuthLinkPages::invalidLink();
        QCOMPARE(response.statusCode(), QHttpServerResponder::StatusCode::BadRequest);
        QCOMPARE(response.mimeType(), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(response.headers(QByteArrayLiteral("Referrer-Policy")).value(0),
                 QByteArray("no-referrer"));
        QCOMPARE(response.headers(QByteArrayLiteral("Cache-Control")).value(0),
                 QByteArray("no-store"));
        QVERIFY(response.headers(QByteArrayLiteral("Content-Security-Policy"))
                    .value(0)
                    .contains("default-src 'none'"));
        QVERIFY(text(response).contains(u"Ссылка недействительна"_s));
    }

    void pagesEscapeTheLogin()
    {
        const QString login = u"<b>Иванов</b>"_s;
        for (const QHttpServerResponse& response :
             {AuthLinkPages::activated(login), AuthLinkPages::alreadyActive(login),
              AuthLinkPages::passwordChanged(login), AuthLinkPages::resetForm(u"t"_s, login)}) {
            QVERIFY(!text(response).contains(login));
            QVERIFY(text(response).contains(u"&lt;b&gt;Иванов&lt;/b&gt;"_s));
        }
        QCOMPARE(AuthLinkPages::activated(login).statusCode(),
                 QHttpServerResponder::StatusCode::Ok);
    }

    void resetFormCarriesTheTokenAndTheError()
    {
        const QHttpServerResponse plain = AuthLinkPages::resetForm(u"abc\"><x"_s, u"Ivanov"_s);
        QCOMPARE(plain.statusCode(), QHttpServerResponder::StatusCode::Ok);
        const QString page = text(plain);
        QVERIFY(page.contains(u"<form method=\"post\" action=\"/reset-password\">"_s));
        QVERIFY(page.contains(u"name=\"token\" value=\"abc&quot;&gt;&lt;x\""_s));
        QVERIFY(page.contains(u"name=\"password\""_s));
        QVERIFY(page.contains(u"name=\"passwordConfirmation\""_s));
        QVERIFY(!page.contains(u"class=\"error\""_s));

        const QHttpServerResponse withError =
            AuthLinkPages::resetForm(u"t"_s, u"Ivanov"_s, u"Ошибка <1>"_s);
        QCOMPARE(withError.statusCode(), QHttpServerResponder::StatusCode::UnprocessableEntity);
        QVERIFY(text(withError).contains(u"Ошибка &lt;1&gt;"_s));
    }

    void ruleMessagesInRussian()
    {
        QVERIFY(AuthLinkPages::ruleMessage(ValidationRules::validatePassword(u"abc"_s))
                    .contains(u"не короче 6"_s));
        QVERIFY(AuthLinkPages::ruleMessage(ValidationRules::validatePassword(QString(61, u'a')))
                    .contains(u"не длиннее 60"_s));
        QVERIFY(AuthLinkPages::ruleMessage(ValidationRules::validatePassword(u"abc def"_s))
                    .contains(u"пробел"_s));
        QVERIFY(AuthLinkPages::ruleMessage(ValidationRules::validatePassword(u"abcdefж"_s))
                    .contains(u"«ж»"_s));
        QVERIFY(AuthLinkPages::ruleMessage(
                    ValidationRules::validatePasswordConfirmation(u"abcdef"_s, u"abcdeg"_s))
                    .contains(u"не совпадают"_s));
        QVERIFY(
            AuthLinkPages::ruleMessage(ValidationRules::validatePassword(u"abcdef"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthLinkPages)
#include "tst_authlinkpages.moc"
